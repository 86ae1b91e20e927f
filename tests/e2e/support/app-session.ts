import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'
import { WorkbenchPage } from '../pages/workbench.page'
import { closeFileChromium, newBrowserContext, type Browser } from './browser'
import { startWebApp, type WebApp } from './web-app'

export interface OpenOptions {
  /** Fills the fresh data folder before the host opens it (addInterviews, seedInterviews, files of its own). */
  seed?: (dataDir: string) => Promise<unknown>
  /** The user's clock (newBrowserContext's default otherwise). */
  timeZone?: string
}

/** A host serving the folder: serve-web (startWebApp), or one of a test's own (startFaultyWebApp). */
export interface RunningApp {
  url: string
  stop(): Promise<void>
}

/**
 * What an end-to-end test opens: a fresh data folder, seeded, served by its own host, and a fresh
 * browser on the board. Everything it opened is closed and the folder removed after the test (after
 * the file, for a session shared by a file's tests).
 */
export class AppSession<App extends RunningApp = WebApp> {
  private folder: string | undefined
  private host: App | undefined
  private chromium: Browser | undefined

  constructor(private readonly start: (dataDir: string) => Promise<App>) {}

  /** The data folder; only once open() made it. */
  get dataDir(): string {
    if (!this.folder) throw new Error('The session is not open yet')
    return this.folder
  }

  get app(): App {
    if (!this.host) throw new Error('The session is not open yet')
    return this.host
  }

  get browser(): Browser {
    if (!this.chromium) throw new Error('The session is not open yet')
    return this.chromium
  }

  /** Makes and seeds the folder, starts its host and a browser, and opens the app on the board. */
  async open(options: OpenOptions = {}): Promise<WorkbenchPage> {
    await this.launch(options)
    return this.newWorkbench()
  }

  /** open() without a page yet: for tests that open their own pages, each at its own window size. */
  async launch({ seed, timeZone }: OpenOptions = {}): Promise<void> {
    if (this.folder) throw new Error('The session is open already: one data folder per test')
    this.folder = await mkdtemp(join(tmpdir(), 'debrief-e2e-'))
    await seed?.(this.folder)
    // The host and the browser context start side by side, as neither needs the other until the page
    // opens: a context took 1–2 s on the loaded 2-core machine, the host ~0.7 s. What started is kept,
    // so close() stops it even when the other failed.
    const [host, chromium] = await Promise.allSettled([
      this.start(this.folder),
      newBrowserContext(timeZone ? { timeZone } : {}),
    ])
    if (host.status === 'fulfilled') this.host = host.value
    if (chromium.status === 'fulfilled') this.chromium = chromium.value
    if (host.status === 'rejected') throw host.reason
    if (chromium.status === 'rejected') throw chromium.reason
  }

  /** Another page (a second window) on the same app, at `viewport` where given. */
  async newWorkbench(viewport?: { width: number; height: number }): Promise<WorkbenchPage> {
    const page = await this.browser.context.newPage()
    if (viewport) await page.setViewportSize(viewport)
    return new WorkbenchPage(page).open(this.app.url)
  }

  /** Stops the host and starts it again on the same folder, as a restart of the app does; the pages stay. */
  async restartHost(): Promise<void> {
    await this.app.stop()
    this.host = await this.start(this.dataDir)
  }

  async close(): Promise<void> {
    const { chromium, host, folder } = this
    this.chromium = this.host = this.folder = undefined
    await chromium?.close()
    await host?.stop()
    if (folder) await rm(folder, { recursive: true, force: true })
  }
}

/** A session per test over serve-web, closed after each; `perFile`: one the file's tests share, closed after all. */
export function useAppSession({ perFile = false }: { perFile?: boolean } = {}): AppSession {
  return closing(new AppSession((dataDir) => startWebApp(dataDir)), perFile)
}

/** useAppSession over a host of the test's own. */
export function useAppSessionOver<App extends RunningApp>(start: (dataDir: string) => Promise<App>): AppSession<App> {
  return closing(new AppSession(start), false)
}

function closing<App extends RunningApp>(session: AppSession<App>, perFile: boolean): AppSession<App> {
  // Registered before the session's own hook, so it runs after it (hooks after tests run last in, first out).
  afterAll(closeFileChromium)
  if (perFile) afterAll(() => session.close())
  else afterEach(() => session.close())
  return session
}
