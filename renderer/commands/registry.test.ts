import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS } from '../../shared/api/menu-commands'
import { COMMANDS, findCommand } from './registry'

describe('command registry', () => {
  it.each(MENU_COMMANDS.map((command) => [command.label, command.id]))(
    'runs the app menu’s “%s” (%s)',
    (_label, id) => {
      expect(findCommand(id)?.id).toBe(id)
    },
  )

  it('gives each command its own id and each keybinding to one command', () => {
    const ids = COMMANDS.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
    const bindings = COMMANDS.flatMap((command) => (command.keybinding ? [command.keybinding.toLowerCase()] : []))
    expect(new Set(bindings).size).toBe(bindings.length)
  })
})
