import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, posix } from 'node:path'
import { app } from 'electron'
import { DATA_DIR_FLAG } from '../host/data-dir'
import type { Host } from '../host/host'
import { followPreferences } from './host-preferences'

/** What a start at login passes (Windows, Linux), so Debrief can open in the tray instead of a window. */
export const LOGIN_FLAG = '--started-at-login'
/** The XDG autostart entry; its name matches the installed debrief.desktop launcher. */
export const AUTOSTART_FILE = 'debrief.desktop'

export interface LoginLaunch {
  executable: string
  args: string[]
}

/**
 * The command a login start runs: this executable, or the AppImage file when run from one (the
 * executable then sits in a mount point that changes on every run), on the same data folder.
 */
export function loginLaunch(options: {
  execPath: string
  env: Readonly<Record<string, string | undefined>>
  dataDir: string
  defaultDataDir: string
}): LoginLaunch {
  const dataDirArgs = options.dataDir === options.defaultDataDir ? [] : [DATA_DIR_FLAG, options.dataDir]
  return { executable: options.env.APPIMAGE || options.execPath, args: [LOGIN_FLAG, ...dataDirArgs] }
}

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart (the spec ignores a relative XDG_CONFIG_HOME). */
export function autostartFolder(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configHome = env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : undefined
  return posix.join(configHome ?? posix.join(home, '.config'), 'autostart')
}

/**
 * One argument of a desktop entry's Exec key: `%` doubled, anything unusual double-quoted with
 * `"` `` ` `` `$` `\` escaped, then every backslash doubled again, as the string type requires.
 */
export function desktopExecArgument(argument: string): string {
  const text = argument.replaceAll('%', '%%')
  if (/^[\w@%+=:,./-]+$/.test(text)) return text
  return `"${text.replace(/["`$\\]/g, (character) => `\\${character}`)}"`.replaceAll('\\', '\\\\')
}

export function autostartEntry(launch: LoginLaunch): string {
  const exec = [launch.executable, ...launch.args].map(desktopExecArgument).join(' ')
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Debrief',
    'Comment=Follow-up reminders for your job interviews',
    `Exec=${exec}`,
    'Icon=debrief',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Windows reads the login command as one line: a path with spaces needs its quotes. */
function windowsArgument(argument: string): string {
  return /\s/.test(argument) ? `"${argument}"` : argument
}

function applyLoginItem(openAtLogin: boolean, launch: LoginLaunch): void {
  if (process.platform === 'linux') {
    const folder = autostartFolder(process.env, homedir())
    const file = join(folder, AUTOSTART_FILE)
    if (!openAtLogin) return rmSync(file, { force: true })
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, autostartEntry(launch))
  } else if (process.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin, path: launch.executable, args: launch.args.map(windowsArgument) })
  } else {
    // macOS registers the app bundle itself and passes no arguments; it says so in wasOpenedAtLogin.
    app.setLoginItemSettings({ openAtLogin })
  }
}

/** Whether this launch is the one the system made at login. */
export function wasStartedAtLogin(argv: readonly string[]): boolean {
  if (process.platform === 'darwin') return app.getLoginItemSettings().wasOpenedAtLogin
  return argv.includes(LOGIN_FLAG)
}

/**
 * Registers Debrief to start at login, or removes it, as the startAtLogin preference says: a login
 * item on macOS and Windows, an XDG autostart entry on Linux. Only an installed (packaged) app does
 * so; a development build would register the bare Electron binary.
 */
export function setupLoginItem(options: { host: Host; dataDir: string; defaultDataDir: string }): void {
  if (!app.isPackaged) return
  const launch = loginLaunch({ execPath: process.execPath, env: process.env, ...options })
  let applied: boolean | undefined
  followPreferences(options.host, ({ startAtLogin }) => {
    if (startAtLogin === applied) return
    applied = startAtLogin
    try {
      applyLoginItem(startAtLogin, launch)
    } catch (error) {
      console.warn(`[debrief] could not ${startAtLogin ? 'turn on' : 'turn off'} start at login:`, error)
    }
  })
}
