import { EditorSelection, type ChangeSpec } from '@codemirror/state'
import { EditorView, type KeyBinding } from '@codemirror/view'

/** How many times `mark` occurs in `text`, not overlapping: odd means a span it opened is still open. */
function countOf(mark: string, text: string): number {
  return text.split(mark).length - 1
}

/**
 * Wraps each selection in `mark` (or unwraps it when already wrapped); an empty one gets the marks
 * around the cursor. Pressed again after typing inside them, the cursor steps out past the closing
 * mark, as in other editors, instead of adding a second pair ("**next Friday******").
 */
function toggleWrap(mark: string) {
  return (view: EditorView): boolean => {
    const { state } = view
    const transaction = state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - mark.length, range.from)
      const after = state.sliceDoc(range.to, range.to + mark.length)
      const lineStart = state.doc.lineAt(range.from).from
      const inside = countOf(mark, state.sliceDoc(lineStart, range.from)) % 2 === 1
      if (range.empty && after === mark && before !== mark && inside) {
        return { range: EditorSelection.cursor(range.to + mark.length) }
      }
      if (before === mark && after === mark) {
        const changes: ChangeSpec[] = [
          { from: range.from - mark.length, to: range.from },
          { from: range.to, to: range.to + mark.length },
        ]
        return { changes, range: EditorSelection.range(range.from - mark.length, range.to - mark.length) }
      }
      const changes: ChangeSpec[] = [
        { from: range.from, insert: mark },
        { from: range.to, insert: mark },
      ]
      return { changes, range: EditorSelection.range(range.from + mark.length, range.to + mark.length) }
    })
    view.dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input' }))
    return true
  }
}

/** Makes the selection a link's text and selects the address placeholder to type over. */
function insertLink(view: EditorView): boolean {
  const { state } = view
  const placeholder = 'https://'
  const transaction = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to)
    const insert = `[${text}](${placeholder})`
    const urlStart = range.from + text.length + 3
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.range(urlStart, urlStart + placeholder.length),
    }
  })
  view.dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input' }))
  return true
}

const TASK_PREFIX = /^(\s*)(?:[-*+]\s+)?(\[[ xX]\]\s+)?/

/** Turns the current line into a checklist item, or ticks and unticks it when it already is one. */
function toggleTask(view: EditorView): boolean {
  const { state } = view
  const line = state.doc.lineAt(state.selection.main.head)
  const match = TASK_PREFIX.exec(line.text)!
  const [whole, indent = '', box] = match
  const replacement = box ? `${indent}- [${/\[ \]/.test(box) ? 'x' : ' '}] ` : `${indent}- [ ] `
  view.dispatch({
    changes: { from: line.from, to: line.from + whole.length, insert: replacement },
    userEvent: 'input',
  })
  return true
}

export interface FormattingAction {
  label: string
  icon: string
  /** CodeMirror's key name; `Mod` is Cmd on macOS and Ctrl elsewhere. */
  key: string
  run: (view: EditorView) => boolean
}

/** The formatting the toolbar offers, each with its shortcut. */
export const FORMATTING_ACTIONS: readonly FormattingAction[] = [
  { label: 'Bold', icon: 'bold', key: 'Mod-b', run: toggleWrap('**') },
  { label: 'Italic', icon: 'italic', key: 'Mod-i', run: toggleWrap('_') },
  { label: 'Link', icon: 'link', key: 'Mod-k', run: insertLink },
  { label: 'Checklist item', icon: 'checklist', key: 'Mod-Enter', run: toggleTask },
]

/**
 * The same actions as shortcuts. They stop the key here so the workbench's own bindings on the same
 * keys (Ctrl+B toggles the side bar) do not fire while typing notes.
 */
export const formattingKeymap: KeyBinding[] = FORMATTING_ACTIONS.map((action) => ({
  key: action.key,
  run: action.run,
  stopPropagation: true,
}))

/** A bullet, then the same bullet typed again: "- -" (before the space that would make it a list in a list). */
const RETYPED_BULLET = /^\s*([-*+]) \1$/

/**
 * Enter in a list starts the next item with its bullet (the markdown mode's list continuation); a user
 * who types the bullet as well, as in a plain text box, got "- - two", a list nested in the item. The
 * bullet typed again, then a space, is taken as the one already there.
 */
export const retypedBulletIsKept = EditorView.inputHandler.of((view, from, to, text) => {
  if (text !== ' ' || from !== to) return false
  const line = view.state.doc.lineAt(from)
  if (!RETYPED_BULLET.test(line.text.slice(0, from - line.from))) return false
  view.dispatch({ changes: { from: from - 1, to }, selection: { anchor: from - 1 }, userEvent: 'input.type' })
  return true
})

/** An item with nothing after its bullet, at the top level: "- ", "* ", "1. ". */
const EMPTY_TOP_ITEM = /^(?:[-*+]|\d+[.)]) $/

/**
 * Enter on an empty last item ends the list, as in any editor, and leaves a blank line after it: the
 * markdown mode only took the bullet away, and a sentence typed on that line belongs to the item above
 * in Markdown (a lazy continuation line): the preview showed it as part of the list's last item.
 * Nested items and the rest are left to the markdown mode.
 */
export const listEndsWithBlankLine: KeyBinding = {
  key: 'Enter',
  run: (view) => {
    const { state } = view
    const { empty, head } = state.selection.main
    const line = state.doc.lineAt(head)
    if (!empty || head !== line.to || !EMPTY_TOP_ITEM.test(line.text) || line.number === 1) return false
    const isLast = line.number === state.doc.lines || state.doc.line(line.number + 1).text.trim() === ''
    if (!isLast || state.doc.line(line.number - 1).text.trim() === '') return false
    view.dispatch({
      changes: { from: line.from, to: line.to, insert: state.lineBreak },
      selection: { anchor: line.from + state.lineBreak.length },
      userEvent: 'input',
    })
    return true
  },
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform)

/** "Mod-b" as the user reads it: "Ctrl+B", or "⌘B" on macOS. */
export function shortcutLabel(key: string): string {
  // "Mod-Enter" as "Ctrl+Enter", not "Ctrl+ENTER": a key's name keeps its case, a letter is upper case.
  const parts = key
    .split('-')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part[0]!.toUpperCase() + part.slice(1)))
  return parts.join(isMac ? '' : '+')
}
