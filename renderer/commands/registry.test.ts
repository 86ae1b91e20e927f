import { describe, expect, it } from 'vitest'
import { COMMANDS, findCommand } from './registry'

describe('command registry', () => {
  it('has every command the app menu sends', () => {
    // The ids of MENU_COMMANDS (electron/main/commands.ts, which the window's code may not import).
    const menuIds = [
      'interview.new',
      'workbench.commandPalette',
      'board.show',
      'followUps.showToday',
      'workbench.openSettings',
      'edit.undoChange',
      'edit.redoChange',
    ]
    for (const id of menuIds) {
      expect(findCommand(id)?.id).toBe(id)
    }
  })

  it('gives each command its own id and each keybinding to one command', () => {
    const ids = COMMANDS.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
    const bindings = COMMANDS.flatMap((command) => (command.keybinding ? [command.keybinding.toLowerCase()] : []))
    expect(new Set(bindings).size).toBe(bindings.length)
  })
})
