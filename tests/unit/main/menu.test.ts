import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { COMMAND_CHANNEL, MENU_COMMANDS } from '../../../shared/api/menu-commands'
import { menuTemplate, setupMenu, type MenuOptions } from '../../../electron/main/menu'
import { BrowserWindow, Menu, resetFakeElectron, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function click(item: MenuItemConstructorOptions | undefined) {
  ;(item?.click as (() => void) | undefined)?.()
}

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    platform: 'linux',
    isPackaged: true,
    dataDir: '/home/dana/.config/Debrief',
    getMainWindow: () => null,
    ...overrides,
  }
}

describe('the application menu', () => {
  beforeEach(() => resetFakeElectron())

  it('offers every menu command with its shortcut', () => {
    const all = items(menuTemplate(options()))
    for (const command of MENU_COMMANDS) {
      const item = all.find((candidate) => candidate.id === command.id)
      expect(item?.label).toBe(command.label)
      expect(item?.accelerator).toBe('accelerator' in command ? command.accelerator : undefined)
    }
    expect(all.find((item) => item.id === 'interview.new')?.accelerator).toBe('CmdOrCtrl+N')
    expect(all.find((item) => item.id === 'workbench.commandPalette')?.accelerator).toBe('CmdOrCtrl+Shift+P')
  })

  it('sends a command to the focused window, else to the main window', () => {
    const main = new BrowserWindow({})
    const other = new BrowserWindow({})
    const all = items(menuTemplate(options({ getMainWindow: () => main as never })))

    click(all.find((item) => item.id === 'interview.new'))
    expect(main.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'interview.new')

    BrowserWindow.focused = other
    click(all.find((item) => item.id === 'board.show'))
    expect(other.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'board.show')
    expect(main.webContents.send).toHaveBeenCalledTimes(1)
  })

  it('has the platform menus: the app menu on macOS only, and reload only while developing', () => {
    const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role)
    const mac = roles(menuTemplate(options({ platform: 'darwin' })))
    const linux = roles(menuTemplate(options()))
    const dev = roles(menuTemplate(options({ isPackaged: false })))

    expect(mac).toContain('appMenu')
    expect(linux).not.toContain('appMenu')
    for (const role of ['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'] as const) {
      expect(mac).toContain(role)
      expect(linux).toContain(role)
    }
    expect(linux).toContain('quit')
    expect(linux).not.toContain('reload')
    expect(dev).toContain('reload')
  })

  it('sends Edit › Undo and Redo to the window, which decides between the typing and the host’s history', () => {
    const main = new BrowserWindow({})
    const edit = menuTemplate(options({ getMainWindow: () => main as never })).find((item) => item.role === 'editMenu')
    const submenu = edit?.submenu as MenuItemConstructorOptions[]
    expect(submenu.slice(0, 2).map((item) => [item.id, item.label, item.role])).toEqual([
      ['edit.undoChange', 'Undo', undefined],
      ['edit.redoChange', 'Redo', undefined],
    ])
    click(submenu[0])
    expect(main.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'edit.undoChange')
    // The clipboard stays native.
    expect(submenu.map((item) => item.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
  })

  it('opens the data folder from Help', () => {
    click(items(menuTemplate(options())).find((item) => item.label === 'Open Data Folder'))
    expect(shell.openPath).toHaveBeenCalledWith('/home/dana/.config/Debrief')
  })

  it('installs the menu as the application menu', () => {
    setupMenu({ dataDir: '/data', getMainWindow: () => null })
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value)
  })
})
