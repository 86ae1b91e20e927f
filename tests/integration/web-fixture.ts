import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import Conf from 'conf'
import type { Host } from '../../electron/host/host'
import { openHost } from '../../electron/host/service'
import { settingsStoreOptions } from '../../electron/host/settings/settings-file'
import { BOARD_START_LINK } from '../../electron/web/board-start'
import { startWebServer, type WebServer } from '../../electron/web/server'

export const INDEX_HTML = '<!doctype html><html><head><title>Debrief test page</title></head><body></body></html>'
/** The page as served: with the link that starts the board's first pages (electron/web/board-start.ts). */
export const SERVED_INDEX_HTML = INDEX_HTML.replace('</head>', `${BOARD_START_LINK}</head>`)
export const APP_SCRIPT = 'console.log("debrief")'

export interface WebFixture {
  dataDir: string
  host: Host
  server: WebServer
  base: string
  /** How many event subscriptions the server holds on the host right now. */
  activeSubscriptions(): number
  close(): Promise<void>
}

/**
 * A real host on a fresh data folder, behind the real web server, the way serve-web wires them:
 * settings through `conf`, which the host opens once it holds the lock. `settingsText` seeds settings.json first.
 */
export async function startFixture(settingsText?: string): Promise<WebFixture> {
  const root = await mkdtemp(join(tmpdir(), 'debrief-web-'))
  const dataDir = join(root, 'data')
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await writeFile(join(rendererDir, 'assets', 'app.js'), APP_SCRIPT)
  await mkdir(dataDir)
  if (settingsText !== undefined) await writeFile(join(dataDir, 'settings.json'), settingsText)

  const { cwd, name } = settingsStoreOptions(dataDir)
  const settings = () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' })
  const host = await openHost({ dataDir, settings, version: '9.9.9-test' })

  let subscriptions = 0
  const countingHost: Host = {
    dataDir: host.dataDir,
    api: host.api,
    refreshReminders: () => host.refreshReminders(),
    addNotice: (level, message) => host.addNotice(level, message),
    upcomingFollowUps: (limit) => host.upcomingFollowUps(limit),
    heldChanges: () => host.heldChanges(),
    takeDownload: (id) => host.takeDownload(id),
    close: () => host.close(),
    onEvent(listener) {
      subscriptions++
      const unsubscribe = host.onEvent(listener)
      return () => {
        subscriptions--
        unsubscribe()
      }
    },
  }
  const server = await startWebServer({ host: countingHost, port: 0, rendererDir })
  return {
    dataDir,
    host,
    server,
    base: `http://127.0.0.1:${server.port}`,
    activeSubscriptions: () => subscriptions,
    async close() {
      await server.close()
      await host.close()
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** Every file of the data folder and its bytes, to prove a refused request changed nothing. */
export async function snapshotFolder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(relative(dir, path), (await readFile(path)).toString('base64'))
  }
  return files
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A request fetch cannot make: a forged Host header, or a body streamed in pieces. */
export function rawRequest(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; chunks?: Buffer[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (response) => {
        const parts: Buffer[] = []
        response.on('data', (part: Buffer) => parts.push(part))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(parts).toString(),
          }),
        )
      },
    )
    request.on('error', reject)
    for (const chunk of options.chunks ?? []) request.write(chunk)
    request.end()
  })
}
