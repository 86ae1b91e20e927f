import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Host } from '../../electron/host/host'
import { startWebServer } from '../../electron/web/server'
import { SERVE_WEB } from '../e2e/support/web-app'
import { INDEX_HTML } from './web-fixture'

/** A raw request, so that Host and Origin can be anything a hostile page or tool would send. */
function send(
  url: URL,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

/** Every file under `dir`, with its text. */
async function filesUnder(dir: string): Promise<Array<{ path: string; text: string }>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name)
        return { path, text: await readFile(path, 'latin1') }
      }),
  )
}

describe.skipIf(!existsSync(SERVE_WEB))('serve-web and its token (skipped: build first)', () => {
  let dataDir: string
  let stdout = ''
  let stderr = ''
  let url: URL
  let token: string
  let exit: Promise<number | null>
  let kill: (signal: NodeJS.Signals) => void

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'debrief-token-'))
    const child = spawn(process.execPath, [SERVE_WEB, '--data-dir', dataDir, '--port', '0'])
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    exit = new Promise((resolve) => child.on('exit', resolve))
    kill = (signal) => child.kill(signal)
    while (!/Debrief is running at (\S+)/.test(stdout)) {
      if (child.exitCode !== null) throw new Error(`serve-web exited:\n${stdout}${stderr}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    url = new URL(/Debrief is running at (\S+)/.exec(stdout)![1]!)
    token = url.searchParams.get('token')!
  })

  afterAll(async () => {
    kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })

  it('appears once, in the address printed for the user, and in no error, log or file after failing requests', async () => {
    const origin = url.origin
    const login = await send(url, {})
    expect(login.status).toBe(303)
    const cookie = `debrief-token-${url.port}=${token}`
    const api = (method: string, headers: Record<string, string> = {}, body = '{}') =>
      send(new URL(`/api/${method}`, origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, Cookie: cookie, ...headers },
        body,
      })

    const statuses = [
      (await api('getHostInfo')).status,
      (await api('getInterview', {}, JSON.stringify({ id: token }))).status,
      (await api('updateInterview', {}, '{"id":')).status,
      (await api('noSuchMethod')).status,
      (await api('getHostInfo', { Origin: 'http://evil.example' })).status,
      (await api('getHostInfo', { Host: `evil.example:${url.port}` })).status,
      (await api('getHostInfo', { Cookie: `debrief-token-${url.port}=${token}x` })).status,
      (await api('getHostInfo', { Cookie: '', Authorization: `Bearer ${token.slice(1)}` })).status,
      (await send(new URL(`/api/getHostInfo?token=${token}`, origin), { method: 'POST' })).status,
      (await send(new URL(`/?token=${token}x`, origin), {})).status,
      (await send(new URL(`/%E0%A4%A?token=${token}`, origin), { headers: { Cookie: cookie } })).status,
      (await send(new URL('/%E0%A4%A', origin), { headers: { Cookie: cookie } })).status,
      (await send(new URL(`/api/events?token=${token}`, origin), { method: 'DELETE', headers: { Cookie: cookie } }))
        .status,
    ]
    expect(statuses).toEqual([200, 400, 400, 404, 403, 421, 401, 401, 401, 401, 303, 200, 405])

    kill('SIGINT')
    expect(await exit).toBe(0)
    expect(stdout.split(token).length - 1).toBe(1)
    expect(stderr).not.toContain(token)
    for (const file of await filesUnder(dataDir)) expect(file.text, file.path).not.toContain(token)
  })
})

describe('the web server log', () => {
  it('leaves the token out of a failed request, whatever the error carries', async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'debrief-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
    let token = ''
    const host = {
      dataDir: rendererDir,
      onEvent: () => {
        throw new Error(`events failed for http://127.0.0.1/?token=${token}`)
      },
    } as unknown as Host
    const server = await startWebServer({ host, rendererDir })
    token = server.token
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const origin = new URL(server.url).origin
      const cookie = `debrief-token-${server.port}=${token}`
      // The stream had started: the server drops the connection rather than answer 500.
      await expect(send(new URL('/api/events', origin), { headers: { Cookie: cookie } })).rejects.toThrow()
      const log = logged.mock.calls.map((call) => call.map(String).join(' ')).join('\n')
      expect(log).toContain('events failed for http://127.0.0.1/?token=<token>')
      expect(log).not.toContain(token)
    } finally {
      logged.mockRestore()
      await server.close()
      await rm(rendererDir, { recursive: true, force: true })
    }
  })
})
