import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import type { Interview } from '../../../shared/domain/interview'
import { openHost } from '../../../electron/host/service'
import { READY_SIGNAL } from '../../../electron/main/ready-signal'

const projectDir = resolve(import.meta.dirname, '../../..')
const builtMain = join(projectDir, 'out/main/index.js')

/**
 * The Electron binary, found as scripts/start.mjs finds it: never by `require('electron')`, which
 * in Electron 45 starts a download when the binary is missing.
 */
function electronBinary(): string | undefined {
  const override = process.env.ELECTRON_EXEC_PATH
  if (override) return existsSync(override) ? override : undefined
  const electronDir = join(projectDir, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()

/** Why the Electron tests cannot run here, in one line, or undefined when they can. */
export const skipReason: string | undefined = !binary
  ? 'electron: skipped, no Electron binary in node_modules/electron (run "npx install-electron" where GitHub downloads work)'
  : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? 'electron: skipped, no display (set DISPLAY, or run under xvfb-run)'
    : undefined

export interface DesktopApp {
  electronApp: ElectronApplication
  window: Page
  dataDir: string
  /** Quits the app as a user would, letting it flush and unlock its data folder. */
  quit(): Promise<void>
  /** Quits, then removes the data folder. */
  dispose(): Promise<void>
}

async function waitUntilReady(electronApp: ElectronApplication, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await electronApp.evaluate((_electron, name) => Reflect.get(globalThis, name) === true, READY_SIGNAL))) {
    if (Date.now() > deadline) throw new Error(`Debrief did not signal ${READY_SIGNAL} within ${timeoutMs} ms`)
    await new Promise((done) => setTimeout(done, 100))
  }
}

/** The built desktop app, unpackaged, on a fresh data folder (which is also its Chromium profile). */
export async function launchDesktopApp(): Promise<DesktopApp> {
  if (!binary) throw new Error(skipReason)
  if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npm run build\` first`)
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-electron-'))
  const env = { ...process.env }
  // Neither may point this app elsewhere: the tests load the built page from app:// on their own folder.
  delete env.ELECTRON_RENDERER_URL
  delete env.DEBRIEF_DATA_DIR
  delete env.ELECTRON_RUN_AS_NODE
  // On Linux Playwright adds --no-sandbox (Chromium's OS sandbox cannot start as root, as in CI);
  // what these tests check of the page, context isolation and no Node, does not depend on it.
  const electronApp = await _electron.launch({
    executablePath: binary,
    args: [projectDir, '--data-dir', dataDir],
    env: env as Record<string, string>,
    timeout: 30_000,
  })
  let quitting: Promise<void> | undefined
  const quit = () => (quitting ??= electronApp.close())
  try {
    await waitUntilReady(electronApp, 30_000)
    const window = await electronApp.firstWindow()
    return {
      electronApp,
      window,
      dataDir,
      quit,
      async dispose() {
        await quit()
        await rm(dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await quit()
    await rm(dataDir, { recursive: true, force: true })
    throw error
  }
}

/** The interviews as Debrief itself reads them from a data folder no app holds open any more. */
export async function interviewsOnDisk(dataDir: string): Promise<Interview[]> {
  const values = new Map<string, unknown>()
  const settings = {
    get: (key: string) => values.get(key),
    set: (key: string, value: unknown) => values.set(key, value),
  }
  const host = await openHost({ dataDir, settings, version: 'test' })
  try {
    return await host.api.listInterviews({ includeArchived: true })
  } finally {
    await host.close()
  }
}
