import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A calendar server on 127.0.0.1 for the tests: each path answers as the test sets it, with an ETag
 * and a 304 when the client names the current one. It counts what it was asked.
 */

export type Route = (request: IncomingMessage, response: ServerResponse) => void

export interface FeedServer {
  base: string
  /** Serves `text` at `path` with an ETag of its bytes (304 to a matching If-None-Match). */
  serve(path: string, text: string): void
  route(path: string, handler: Route): void
  requests: Array<{ path: string; ifNoneMatch: string | undefined; status: number }>
  close(): Promise<void>
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>()
  const requests: FeedServer['requests'] = []
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/'
    const handler = routes.get(path)
    response.on('finish', () =>
      requests.push({ path, ifNoneMatch: request.headers['if-none-match'], status: response.statusCode }),
    )
    if (!handler) {
      response.writeHead(404).end('not found')
      return
    }
    handler(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    serve(path, text) {
      const etag = `"${createHash('sha1').update(text).digest('hex')}"`
      routes.set(path, (request, response) => {
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, { etag }).end()
          return
        }
        response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag }).end(text)
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
