import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { Readable } from 'node:stream'
import { promisify } from 'node:util'

/**
 * A private desktop session for tests that need a real notification: Xvfb for a display, a D-Bus
 * session bus of its own, and the dunst notification daemon on that bus. Nothing touches the bus or
 * display of whoever runs the tests, and stop() ends every process it started.
 */

const run = promisify(execFile)

const NOTIFICATIONS_NAME = 'org.freedesktop.Notifications'
const START_TIMEOUT_MS = 15_000
const POLL_MS = 100

export const SESSION_TOOLS = ['Xvfb', 'dbus-daemon', 'dbus-send', 'dunst', 'dunstctl', 'notify-send'] as const

export interface DesktopNotification {
  appName: string
  summary: string
  body: string
}

export interface NotificationSession {
  /** DISPLAY and DBUS_SESSION_BUS_ADDRESS of the session: give them to whatever should notify into it. */
  env: { DISPLAY: string; DBUS_SESSION_BUS_ADDRESS: string }
  /** Every notification dunst received, newest first. Closes the ones on screen so they are in the history. */
  history(): Promise<DesktopNotification[]>
  /** Polls the history until a notification matches; rejects with what was there after `timeoutMs`. */
  waitForNotification(
    matches: (notification: DesktopNotification) => boolean,
    timeoutMs?: number,
  ): Promise<DesktopNotification>
  stop(): Promise<void>
}

function isOnPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, tool), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

/** Why a session cannot start here, in one line, or undefined when it can. */
export function missingSessionTools(): string | undefined {
  if (process.platform !== 'linux') return 'a notification session needs Linux (Xvfb, D-Bus and dunst)'
  const missing = SESSION_TOOLS.filter((tool) => !isOnPath(tool))
  return missing.length ? `not installed: ${missing.join(', ')} (apt: xvfb dbus dunst libnotify-bin)` : undefined
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** The last few kilobytes a process wrote to stderr, to explain a failure. */
function tailOf(child: ChildProcess): () => string {
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-2000)
  })
  return () => tail.trim()
}

/** Resolves with the first line `stream` writes; rejects if the process exits or time runs out first. */
function firstLine(stream: Readable, child: ChildProcess, what: string, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const fail = (reason: string) => {
      clearTimeout(timer)
      reject(new Error(`${what} did not start: ${reason}${stderr() ? `\n${stderr()}` : ''}`))
    }
    const timer = setTimeout(() => fail(`no answer within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const newline = text.indexOf('\n')
      if (newline === -1) return
      clearTimeout(timer)
      resolve(text.slice(0, newline).trim())
    })
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`})`))
    child.once('error', (error) => fail(error.message))
  })
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000)
  await exited
  clearTimeout(timer)
}

/** dunst's history JSON: `{ data: [[{ appname: { data }, summary: { data }, body: { data } }]] }`. */
function parseHistory(json: string): DesktopNotification[] {
  const parsed = JSON.parse(json) as { data: Array<Array<Record<string, { data: unknown } | undefined>>> }
  return (parsed.data[0] ?? []).map((entry) => ({
    appName: String(entry.appname?.data ?? ''),
    summary: String(entry.summary?.data ?? ''),
    body: String(entry.body?.data ?? ''),
  }))
}

/**
 * Dunst's own settings for the session, so a user's dunstrc cannot change what the tests see: a long
 * history, and notifications that never time out on their own (the tests close them).
 */
const DUNSTRC = `[global]
    history_length = 200
    idle_threshold = 0
    sticky_history = yes
`

export interface SessionOptions {
  /**
   * The session bus's address, e.g. `unix:path=/tmp/x/bus`: known before the bus exists, so a process
   * can be started with it while there is no notification service yet.
   */
  busAddress?: string
}

export async function startNotificationSession(options: SessionOptions = {}): Promise<NotificationSession> {
  const folder = await mkdtemp(join(tmpdir(), 'debrief-notify-'))
  const started: ChildProcess[] = []
  const stopAll = async () => {
    for (const child of started.reverse()) await stopProcess(child)
    await rm(folder, { recursive: true, force: true })
  }
  try {
    // -displayfd: Xvfb picks a free display itself and writes its number to fd 3.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    })
    started.push(xvfb)
    const display = `:${await firstLine(xvfb.stdio[3] as Readable, xvfb, 'Xvfb', tailOf(xvfb))}`

    const where = options.busAddress ? [`--address=${options.busAddress}`] : []
    const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1', ...where], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    started.push(bus)
    const address = await firstLine(bus.stdout!, bus, 'dbus-daemon', tailOf(bus))

    const env = { DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: address }
    const { WAYLAND_DISPLAY: _wayland, ...inherited } = process.env
    const childEnv = { ...inherited, ...env }
    const dunstrc = join(folder, 'dunstrc')
    await writeFile(dunstrc, DUNSTRC)
    const dunst = spawn('dunst', ['-config', dunstrc], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] })
    started.push(dunst)
    await waitForDaemon(childEnv, dunst, tailOf(dunst))

    const dunstctl = async (...args: string[]) => (await run('dunstctl', args, { env: childEnv })).stdout
    const history = async () => {
      await dunstctl('close-all')
      return parseHistory(await dunstctl('history'))
    }
    return {
      env,
      history,
      async waitForNotification(matches, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs
        for (;;) {
          const seen = await history()
          const found = seen.find(matches)
          if (found) return found
          if (Date.now() > deadline) {
            throw new Error(`No matching notification within ${timeoutMs} ms; dunst has ${JSON.stringify(seen)}`)
          }
          await sleep(POLL_MS * 2)
        }
      },
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/**
 * Waits until dunst owns the notifications name, asking the bus itself. (dunstctl would not do: asking
 * it before dunst is up has D-Bus start a second dunst, without our display.)
 */
async function waitForDaemon(env: NodeJS.ProcessEnv, dunst: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (dunst.exitCode !== null || dunst.signalCode !== null) {
      throw new Error(`dunst exited before taking ${NOTIFICATIONS_NAME}: ${stderr()}`)
    }
    const { stdout } = await run(
      'dbus-send',
      [
        '--session',
        '--dest=org.freedesktop.DBus',
        '--print-reply=literal',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${NOTIFICATIONS_NAME}`,
      ],
      { env },
    )
    if (stdout.includes('true')) return
    await sleep(POLL_MS)
  }
  throw new Error(`dunst did not take ${NOTIFICATIONS_NAME} within ${START_TIMEOUT_MS} ms: ${stderr()}`)
}
