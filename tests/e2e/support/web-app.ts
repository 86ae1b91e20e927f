import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** `DEBRIEF_OUT_DIR` points at another build (`electron-vite build --outDir <dir>`), e.g. one per engineer. */
export const SERVE_WEB = resolve(process.env.DEBRIEF_OUT_DIR ?? 'out', 'main/serve-web.js')

/** The browser app's host on its own fresh data folder, as a newcomer would run it. */
export interface WebApp {
  url: string
  origin: string
  dataDir: string
  stop(): Promise<void>
}

/** The zone of the machine the host runs on: the user's, as the page's clock says (support/browser.ts). */
export const HOST_TIME_ZONE = 'Europe/Berlin'

/** `dataDir`: an existing folder to serve (kept afterwards); `env`: extra environment, e.g. a D-Bus session. */
export async function startWebApp(dataDir?: string, env: NodeJS.ProcessEnv = {}): Promise<WebApp> {
  if (!existsSync(SERVE_WEB)) throw new Error(`${SERVE_WEB} is missing: run \`npm run build\` first`)
  const folder = dataDir ?? (await mkdtemp(join(tmpdir(), 'debrief-e2e-')))
  const child = spawn(process.execPath, [SERVE_WEB, '--data-dir', folder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The host runs on the user's machine, on their clock: the page's (support/browser.ts), Berlin's.
    env: { ...process.env, TZ: HOST_TIME_ZONE, ...env },
  })
  const url = await readUrl(child)
  return {
    url,
    origin: new URL(url).origin,
    dataDir: folder,
    async stop() {
      await stopProcess(child)
      if (!dataDir) await rm(folder, { recursive: true, force: true })
    },
  }
}

/** `timeoutMs`: a data folder of 50,000 interviews takes longer to open than the tests' folders. */
export function readUrl(child: ChildProcess, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`serve-web printed no URL in ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1]!)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve-web exited with ${code}:\n${output}`))
    })
  })
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
