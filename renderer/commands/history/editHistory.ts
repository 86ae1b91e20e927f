import { isEditingText } from '../command'

/** What the app menu's Undo or Redo does: undo the typing in a text field, or a change to an interview. */
export type EditRoute = { kind: 'text'; direction: 'undo' | 'redo' } | { kind: 'command'; id: string }

const TEXT_DIRECTIONS: Record<string, 'undo' | 'redo'> = { 'edit.undoChange': 'undo', 'edit.redoChange': 'redo' }

/**
 * Where a menu command goes. Edit › Undo and Redo (sent as edit.undoChange and edit.redoChange) undo
 * the typing while a text field has the keyboard, as in every editor; anywhere else they step the
 * host's history. Every other command runs as sent.
 */
export function routeMenuCommand(id: string, editingText: boolean): EditRoute {
  const direction = TEXT_DIRECTIONS[id]
  return direction && editingText ? { kind: 'text', direction } : { kind: 'command', id }
}

/**
 * Undoes or redoes the typing in `field`, as the browser's own Undo would: an editor with its own
 * history (CodeMirror) takes it as a `beforeinput` event; a plain field through the document's.
 */
export function stepTextHistory(field: Element, direction: 'undo' | 'redo'): void {
  const inputType = direction === 'undo' ? 'historyUndo' : 'historyRedo'
  const notCancelled = field.dispatchEvent(
    new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }),
  )
  if (notCancelled) document.execCommand(direction)
}

/** The focused element, when it is a text field whose typing Undo and Redo belong to. */
export function focusedTextField(): Element | null {
  const focused = document.activeElement
  return isEditingText(focused) ? focused : null
}
