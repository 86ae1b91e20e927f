import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import type { OpenTarget } from '../../shared/api/bridge'
import type { Host } from '../host/host'
import { followPreferences } from './host-preferences'
import { desktopResourcePath } from './resources'
import type { TrayContents } from './upcoming'

/** Coalesces the burst of change events a save or an undo makes into one menu rebuild. */
const REFRESH_DELAY_MS = 300
/** "Today 14:30" turns into "Overdue" with time alone, so the list is redrawn now and then. */
const REFRESH_EVERY_MS = 60_000

export interface TrayActions {
  show: () => void
  /** Opens the interview on one follow-up. */
  open: (target: OpenTarget) => void
  quit: () => void
}

export interface TrayOptions {
  host: Host
  /** The follow-ups to list, soonest first, and the reminders waiting for the notification service. */
  upcoming: () => Promise<TrayContents>
  showMainWindow: () => void
  openFollowUp: (target: OpenTarget) => void
}

export interface DesktopTray {
  /** Whether closing the last window should leave Debrief running, reachable from the tray. */
  keepsAppRunning(): boolean
}

/** On Windows and Linux a single `&` in a label marks a keyboard mnemonic; `&&` shows an ampersand. */
function menuText(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&')
}

/** "2 reminders wait for desktop notifications", or '' when none do. */
export function waitingText(waiting: number): string {
  if (waiting === 0) return ''
  return `${waiting === 1 ? '1 reminder waits' : `${waiting} reminders wait`} for desktop notifications`
}

export function trayMenuTemplate(
  { lines, interviews, waiting }: TrayContents,
  actions: TrayActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const followUps: MenuItemConstructorOptions[] = lines.length
    ? [
        { label: 'Next follow-ups', enabled: false },
        ...lines.map((line) => ({ label: menuText(line.label, platform), click: () => actions.open(line.target) })),
      ]
    : [{ label: 'No follow-ups to do', enabled: false }]
  const upcoming: MenuItemConstructorOptions[] = interviews.length
    ? [
        { type: 'separator' },
        { label: 'Next interviews', enabled: false },
        ...interviews.map((line) => ({
          label: menuText(line.label, platform),
          click: () => actions.open(line.target),
        })),
      ]
    : []
  const notice: MenuItemConstructorOptions[] = waiting > 0 ? [{ label: waitingText(waiting), enabled: false }] : []
  return [
    { label: 'Show Debrief', click: actions.show },
    ...notice,
    { type: 'separator' },
    ...followUps,
    ...upcoming,
    { type: 'separator' },
    { label: 'Quit', click: actions.quit },
  ]
}

/** macOS tints a black "Template" image for light and dark menu bars; the others show the colour tile. */
function trayIcon(platform: NodeJS.Platform) {
  const path = desktopResourcePath('tray', platform === 'darwin' ? 'trayTemplate.png' : 'tray.png')
  const image = nativeImage.createFromPath(path)
  if (image.isEmpty()) console.warn(`[debrief] the tray icon ${path} is missing or unreadable`)
  return image
}

/**
 * The tray icon, present while the user wants Debrief to keep running with its window closed
 * (keepRunningInTray): Show Debrief, the next follow-ups and interviews, Quit. It follows the preference and
 * redraws its list when interviews change.
 */
export function setupTray(options: TrayOptions): DesktopTray {
  const platform = process.platform
  const actions: TrayActions = { show: options.showMainWindow, open: options.openFollowUp, quit: () => app.quit() }
  let tray: Tray | null = null
  let interval: ReturnType<typeof setInterval> | undefined
  let pending: ReturnType<typeof setTimeout> | undefined

  async function refresh(): Promise<void> {
    let contents: TrayContents = { lines: [], interviews: [], waiting: 0 }
    try {
      contents = await options.upcoming()
    } catch (error) {
      console.warn('[debrief] could not list the next follow-ups for the tray:', error)
    }
    if (!tray || tray.isDestroyed()) return
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(contents, actions, platform)))
    tray.setToolTip(contents.waiting > 0 ? `Debrief — ${waitingText(contents.waiting)}` : 'Debrief')
  }

  function scheduleRefresh(): void {
    if (!tray || pending) return
    pending = setTimeout(() => {
      pending = undefined
      void refresh()
    }, REFRESH_DELAY_MS)
  }

  function show(): void {
    if (tray) return
    tray = new Tray(trayIcon(platform))
    tray.setToolTip('Debrief')
    // A click on Windows' notification area means "open"; macOS opens the menu, and Linux reports no clicks.
    if (platform === 'win32') tray.on('click', actions.show)
    interval = setInterval(() => void refresh(), REFRESH_EVERY_MS)
    void refresh()
  }

  function hide(): void {
    clearInterval(interval)
    clearTimeout(pending)
    pending = undefined
    tray?.destroy()
    tray = null
  }

  followPreferences(options.host, (preferences) => (preferences.keepRunningInTray ? show() : hide()))
  options.host.onEvent((event) => {
    // Notices come with a change in the reminders waiting for the notification service.
    if (event.topic === 'interviews' || event.topic === 'notices' || event.topic === 'calendar') scheduleRefresh()
  })
  return { keepsAppRunning: () => tray !== null }
}
