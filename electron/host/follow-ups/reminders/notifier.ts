import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import nodeNotifier from 'node-notifier'
import type { ReminderNotification } from '../../../../shared/workflow/reminder-text'

/**
 * Shows a desktop notification. The Electron door brings its own, on Electron's Notification.
 * `show` resolves once the notification service took it and rejects when it did not (no D-Bus
 * session, no daemon, no answer): the scheduler then keeps the reminder pending and tries again.
 */
export interface Notifier {
  show(notification: ReminderNotification): Promise<void>
}

/** The notification service did not take a notification; the message says why, in one line. */
export class NotificationUnavailableError extends Error {}

export const APP_NAME = 'Debrief'

/** A notification daemon that never answers must not hold the scheduler up. */
export const SHOW_TIMEOUT_MS = 15_000

/** What node-notifier is given: title, message and the options its platform back end understands. */
export type NotifyOptions = { title: string; message: string } & Record<string, unknown>
export type NotifyFunction = (options: NotifyOptions, callback: (error: unknown) => void) => void

export interface NodeNotifierOptions {
  platform?: NodeJS.Platform
  /** node-notifier's notify, replaced in tests. */
  notify?: NotifyFunction
  /** Whether notify-send has a session bus to reach (sessionBusReachable); asked before each run of the real tool. */
  sessionBus?: () => boolean
}

/**
 * Whether notify-send can reach a notification service at all: a session bus named in the environment,
 * a user bus at $XDG_RUNTIME_DIR/bus (systemd), or a display it can start one for. Without any it always
 * fails, and forking it from a host that holds 10,000 interviews held the loop ~20 ms each retry (cpu
 * profile of the moves sent during an import's compaction, bench `storage.move.compacting.10k`).
 */
export function sessionBusReachable(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.DBUS_SESSION_BUS_ADDRESS || env.DISPLAY || env.WAYLAND_DISPLAY) return true
  return env.XDG_RUNTIME_DIR ? existsSync(join(env.XDG_RUNTIME_DIR, 'bus')) : false
}

/** notify-send's body is Pango-like markup on most daemons: "AT&T" or "<C++>" must reach the user as typed. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function isNotifySendPlatform(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd'
}

/**
 * notify-send run directly, each text its own argument. node-notifier 10 joins them into one shell
 * command line for notify-send (quoted and escaped, but a shell all the same), and a reminder's text
 * is whatever the user typed as a company or a name. Elsewhere node-notifier passes arguments itself.
 */
function notifySend(options: NotifyOptions, callback: (error: unknown) => void): void {
  const args = ['--app-name', String(options['app-name'] ?? APP_NAME), '--', options.title, options.message]
  // As node-notifier does: stderr (empty on success) stands for the error when the command succeeds.
  execFile('notify-send', args, (error, _stdout, stderr) => callback(error ?? stderr))
}

/** The tool's own complaint: the last line of its output (the first repeats the command, with the reminder's text). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.trim().split('\n').at(-1)?.trim() || 'unknown error'
}

/**
 * Desktop notifications through node-notifier: notify-send (libnotify) on Linux, Notification Center on
 * macOS, toasts on Windows. A missing daemon or tool rejects with a NotificationUnavailableError naming
 * the tool's complaint in one line; the scheduler logs it and keeps the reminder for later.
 */
export function createNodeNotifier(options: NodeNotifierOptions = {}): Notifier {
  const platform = options.platform ?? process.platform
  const linux = isNotifySendPlatform(platform)
  const notify: NotifyFunction =
    options.notify ?? (linux ? notifySend : (opts, callback) => nodeNotifier.notify(opts, callback))
  const sessionBus = options.sessionBus ?? (linux && !options.notify ? () => sessionBusReachable() : () => true)

  return {
    show(notification) {
      if (!sessionBus()) {
        return Promise.reject(
          new NotificationUnavailableError(
            'no desktop session to show notifications in (no D-Bus session bus, no display)',
          ),
        )
      }
      const message = linux ? escapeMarkup(notification.body) : notification.body
      const extra = linux ? { 'app-name': APP_NAME } : {}
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new NotificationUnavailableError(
              `no answer from the notification service within ${SHOW_TIMEOUT_MS / 1000} s`,
            ),
          )
        }, SHOW_TIMEOUT_MS)
        const finish = (error: unknown): void => {
          clearTimeout(timer)
          // notify-send's back end passes its (empty) stderr as the error on success.
          if (error instanceof Error || (typeof error === 'string' && error.trim() !== '')) {
            reject(new NotificationUnavailableError(describe(error)))
          } else resolve()
        }
        try {
          notify({ title: notification.title, message, wait: false, ...extra }, finish)
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)))
        }
      })
    },
  }
}
