import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommandId } from '../../shared/api/menu-commands'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Reload entries only help while developing; in the shipped app they would just drop unsaved typing. */
  isPackaged: boolean
  dataDir: string
  getMainWindow: () => BrowserWindow | null
}

function sendCommand(id: MenuCommandId, getMainWindow: () => BrowserWindow | null): void {
  const window = BrowserWindow.getFocusedWindow() ?? getMainWindow()
  if (window && !window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, id)
}

function commandItem(id: MenuCommandId, getMainWindow: () => BrowserWindow | null): MenuItemConstructorOptions {
  const command = MENU_COMMANDS.find((candidate) => candidate.id === id)
  if (!command) throw new Error(`Unknown menu command: ${id}`)
  return {
    id,
    label: command.label,
    ...('accelerator' in command ? { accelerator: command.accelerator } : {}),
    click: () => sendCommand(id, getMainWindow),
  }
}

/** Notes are plain Markdown files there, for the user to read, search or sync outside the app. */
function openDataFolder(dataDir: string): void {
  void shell.openPath(dataDir).then((error) => {
    if (error) console.warn(`[debrief] could not open ${dataDir}: ${error}`)
  })
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const command = (id: MenuCommandId) => commandItem(id, options.getMainWindow)
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const developing: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }]
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      role: 'fileMenu',
      submenu: [
        command('interview.new'),
        separator,
        command('workbench.openSettings'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      role: 'editMenu',
      // Undo and Redo go to the window, which knows whether a text field or the board has the keyboard.
      submenu: [
        command('edit.undoChange'),
        command('edit.redoChange'),
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        command('workbench.commandPalette'),
        command('board.show'),
        command('followUps.showToday'),
        command('followUps.openNext'),
        separator,
        ...developing,
        { role: 'toggleDevTools' },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Open Data Folder', click: () => openDataFolder(options.dataDir) },
        ...(isMac ? [] : [separator, { role: 'about' } as const]),
      ],
    },
  ]
}

export function setupMenu(options: Pick<MenuOptions, 'dataDir' | 'getMainWindow'>): void {
  const template = menuTemplate({ ...options, platform: process.platform, isPackaged: app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
