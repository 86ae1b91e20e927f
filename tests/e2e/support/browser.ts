import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Browser as Chromium } from 'playwright-core'

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM_PATH)

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** The window and the user's language; `timeZone`, the user's clock (Berlin unless a test needs another). */
const pageOptions = (timeZone = 'Europe/Berlin') => ({
  viewport: { width: 1400, height: 900 },
  locale: 'en-GB',
  timezoneId: timeZone,
})

/** A headless Chromium of its own with a fresh profile, so nothing is shared: what the benchmarks measure. */
export async function launchBrowser({ timeZone }: { timeZone?: string } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'debrief-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...pageOptions(timeZone),
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

let fileChromium: Promise<Chromium> | undefined

/**
 * A fresh browser context, with its own cookies, storage and permissions as a fresh profile has, in
 * the test file's one headless Chromium (started on a fresh profile of its own): what each test opens.
 * Starting and stopping a Chromium took 4.5–9.7 s a test on the loaded 2-core machine, a context 1–2 s.
 */
export async function newBrowserContext({ timeZone }: { timeZone?: string } = {}): Promise<Browser> {
  fileChromium ??= chromium
    .launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
    .catch((error: unknown) => {
      fileChromium = undefined
      throw error
    })
  const context = await (await fileChromium).newContext(pageOptions(timeZone))
  return {
    context,
    // A context whose browser already went needs no closing.
    close: () => context.close().catch(() => undefined),
  }
}

/** Stops the file's Chromium, after its last test. */
export async function closeFileChromium(): Promise<void> {
  const launched = fileChromium
  fileChromium = undefined
  await (await launched?.catch(() => undefined))?.close()
}
