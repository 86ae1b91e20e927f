import { describe, expect, it } from 'vitest'
import { routeMenuCommand } from './editHistory'
import { findCommand } from '../registry'

describe('the app menu’s Undo and Redo', () => {
  it('step the host’s history of changes when no text field has the keyboard', () => {
    expect(routeMenuCommand('edit.undoChange', false)).toEqual({ kind: 'command', id: 'edit.undoChange' })
    expect(routeMenuCommand('edit.redoChange', false)).toEqual({ kind: 'command', id: 'edit.redoChange' })
    // The commands they run are the ones Ctrl+Z and Ctrl+Shift+Z run on the board.
    expect(findCommand('edit.undoChange')?.keybinding).toBe('$mod+KeyZ')
    expect(findCommand('edit.redoChange')?.keybinding).toBe('$mod+Shift+KeyZ')
  })

  it('undo and redo the typing while a text field has the keyboard', () => {
    expect(routeMenuCommand('edit.undoChange', true)).toEqual({ kind: 'text', direction: 'undo' })
    expect(routeMenuCommand('edit.redoChange', true)).toEqual({ kind: 'text', direction: 'redo' })
  })

  it('leave every other menu command as it is, in a text field or not', () => {
    expect(routeMenuCommand('interview.new', true)).toEqual({ kind: 'command', id: 'interview.new' })
    expect(routeMenuCommand('board.show', false)).toEqual({ kind: 'command', id: 'board.show' })
  })
})
