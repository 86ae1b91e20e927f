import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser'

/**
 * Chromium driven over the DevTools protocol directly, through its pipe, for the cold loads: a page
 * opened through Playwright has DevTools' Network and Runtime agents on, which capture a JavaScript
 * stack for every request a script makes, and a request made from a module's top level makes V8 parse
 * the whole chunk again for its line numbers (70 ms of the startup chunk's 130 ms on this machine). A
 * user's browser does none of that: here a page gets an init script and, once loaded, one evaluation.
 */

interface Message {
  id?: number
  method?: string
  sessionId?: string
  params?: Record<string, unknown>
  result?: Record<string, unknown>
  error?: { message: string }
}

type EventListener = (params: Record<string, unknown>, sessionId?: string) => void

/**
 * Switches for a browser that does on a page load what a user's long-running browser does, as
 * Playwright's own launch has them (no background work, no throttling of a page headless Chromium
 * thinks hidden), and one more: Chromium preloads the omnibox popup's WebUI in a renderer of its own
 * for every new profile, so each fresh context started a second renderer that ran ~1 s of CPU beside
 * the measured page, on 2 cores (a user's browser has long loaded it when they open the app).
 */
const COLD_LOAD_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,OptimizationHints,MediaRouter,PaintHolding',
]

export class CdpBrowser {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (result: Message['result']) => void; reject: (error: Error) => void }
  >()
  private readonly listeners = new Map<string, Set<EventListener>>()
  private buffered = ''
  private readonly input: Writable

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable
    this.input = child.stdio[3] as Writable
    child.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`Chromium exited (${code})`))
      this.pending.clear()
    })
    output.setEncoding('utf8')
    output.on('data', (chunk: string) => {
      const parts = (this.buffered + chunk).split('\0')
      this.buffered = parts.pop()!
      for (const part of parts) this.receive(JSON.parse(part) as Message)
    })
  }

  static async launch(): Promise<CdpBrowser> {
    const profile = await mkdtemp(join(tmpdir(), 'debrief-cold-chromium-'))
    const child = spawn(
      CHROMIUM_PATH,
      [
        ...CHROMIUM_ARGS,
        ...COLD_LOAD_ARGS,
        '--headless',
        '--remote-debugging-pipe',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    )
    const browser = new CdpBrowser(child, profile)
    await browser.send('Browser.getVersion')
    return browser
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.error) waiting?.reject(new Error(message.error.message))
      else waiting?.resolve(message.result)
      return
    }
    for (const listener of this.listeners.get(message.method ?? '') ?? [])
      listener(message.params ?? {}, message.sessionId)
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++
    this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (result) => resolve(result as T), reject })
    })
  }

  on(method: string, listener: EventListener): () => void {
    const set = this.listeners.get(method) ?? new Set()
    set.add(listener)
    this.listeners.set(method, set)
    return () => set.delete(listener)
  }

  /** A page in a browser context of its own (no cache, no cookie, its own renderer), attached but with no agent enabled. */
  async newPage(viewport: { width: number; height: number }): Promise<CdpPage> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext', {
      disposeOnDetach: true,
    })
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
      ...viewport,
    })
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
    await this.send(
      'Emulation.setDeviceMetricsOverride',
      { ...viewport, deviceScaleFactor: 1, mobile: false },
      sessionId,
    )
    // The user's clock and language, as the rest of the board bench has them.
    await this.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' }, sessionId)
    await this.send('Emulation.setLocaleOverride', { locale: 'en-GB' }, sessionId)
    return new CdpPage(this, sessionId, browserContextId)
  }

  /** Records a trace of the whole browser until `stopTracing`. */
  async startTracing(categories: string[]): Promise<void> {
    await this.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
    })
  }

  async stopTracing(): Promise<{ traceEvents: unknown[] }> {
    const complete = new Promise<string>((resolve) => {
      const stop = this.on('Tracing.tracingComplete', (params) => {
        stop()
        resolve(params.stream as string)
      })
    })
    await this.send('Tracing.end')
    const handle = await complete
    let text = ''
    for (;;) {
      const chunk = await this.send<{ data: string; eof: boolean; base64Encoded?: boolean }>('IO.read', { handle })
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data
      if (chunk.eof) break
    }
    await this.send('IO.close', { handle })
    return JSON.parse(text) as { traceEvents: unknown[] }
  }

  async close(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done))
    await this.send('Browser.close').catch(() => undefined)
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
    await rm(this.profile, { recursive: true, force: true })
  }
}

export class CdpPage {
  constructor(
    private readonly browser: CdpBrowser,
    private readonly sessionId: string,
    private readonly browserContextId: string,
  ) {}

  /** Runs `source` in every document this page loads, before its own scripts. */
  async addInitScript(source: string): Promise<void> {
    // Chromium runs these scripts only while the Page agent is on; it captures no stacks.
    await this.browser.send('Page.enable', {}, this.sessionId)
    await this.browser.send('Page.addScriptToEvaluateOnNewDocument', { source }, this.sessionId)
  }

  async navigate(url: string): Promise<void> {
    const { errorText } = await this.browser.send<{ errorText?: string }>('Page.navigate', { url }, this.sessionId)
    if (errorText) throw new Error(`Loading ${url} failed: ${errorText}`)
  }

  /** The value of `expression` in the page, awaited when it is a promise. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.browser.send<{
      result: { value?: T }
      exceptionDetails?: { text: string; exception?: { description?: string } }
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, this.sessionId)
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text)
    return result.value as T
  }

  /** Polls `expression` until it is truthy. */
  async waitFor(expression: string, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${expression}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  async close(): Promise<void> {
    await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.browserContextId })
  }
}
