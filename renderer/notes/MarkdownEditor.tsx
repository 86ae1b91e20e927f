import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { Compartment, EditorState, Prec, Transaction } from '@codemirror/state'
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { useEffect, useRef } from 'react'
import { useStore } from '../services/services'
import { formattingKeymap, listEndsWithBlankLine, retypedBulletIsKept, type FormattingAction } from './markdownCommands'
import type { NotesSession } from '../services/notesSession'

/** Markdown colours from the workbench's theme tokens, so light and dark both read well. */
const highlightStyle = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.4em', fontWeight: '600', color: 'var(--fg-strong)' },
  { tag: tags.heading2, fontSize: '1.2em', fontWeight: '600', color: 'var(--fg-strong)' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '600', color: 'var(--fg-strong)' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)' },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.list], color: 'var(--fg-muted)' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono, monospace)' },
  { tag: tags.quote, color: 'var(--fg-muted)', fontStyle: 'italic' },
])

const editorTheme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--editor-bg)', color: 'var(--fg)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.55', overflow: 'auto' },
  '.cm-content': { padding: '12px 16px', caretColor: 'var(--fg-strong)' },
  '.cm-cursor': { borderLeftColor: 'var(--fg-strong)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--selection-bg)' },
  '.cm-placeholder': { color: 'var(--fg-muted)' },
})

interface MarkdownEditorProps {
  session: NotesSession
  label: string
  readOnly: boolean
  /** What the empty editor says, read when it is made. */
  emptyText: string
  /** Hands the parent a way to run a toolbar action on this editor. */
  onReady: (run: ((action: FormattingAction) => void) | null) => void
}

/**
 * CodeMirror 6 over one interview's notes: Markdown highlighting, list continuation on Enter, undo
 * history and the formatting shortcuts. Typing flows to the session; text that changes elsewhere
 * (loaded, changed on disk, a resolved conflict) flows back in.
 */
export function MarkdownEditor({ session, label, readOnly, emptyText, onReady }: MarkdownEditorProps) {
  const parentRef = useRef<HTMLDivElement>(null)
  const viewRef = useRef<EditorView | null>(null)
  const editableRef = useRef(new Compartment())
  const readOnlyRef = useRef(readOnly)
  const emptyTextRef = useRef(emptyText)
  const { textVersion } = useStore(session)

  useEffect(() => {
    const view = new EditorView({
      parent: parentRef.current!,
      state: EditorState.create({
        doc: session.state.text,
        extensions: [
          history(),
          drawSelection(),
          EditorView.lineWrapping,
          markdown({ base: markdownLanguage }),
          // Before the markdown mode's own Enter, which it binds at a high precedence.
          Prec.highest(keymap.of([listEndsWithBlankLine])),
          retypedBulletIsKept,
          syntaxHighlighting(highlightStyle),
          keymap.of([...formattingKeymap, ...defaultKeymap, ...historyKeymap]),
          placeholder(emptyTextRef.current),
          editorTheme,
          editableRef.current.of(EditorView.editable.of(!readOnlyRef.current)),
          // An explicit tab stop (contenteditable is one already): where the editor scrolls in a short
          // pane, as in the quick debrief, its scrolling region then has content the keyboard reaches.
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) session.edit(update.state.doc.toString())
          }),
          EditorView.domEventHandlers({ blur: () => void session.save() }),
        ],
      }),
    })
    viewRef.current = view
    session.attachEditor({
      insertAtCursor: (text, cursorAt = text.length) => {
        const { from, to } = view.state.selection.main
        const atLineStart = from === view.state.doc.lineAt(from).from
        const lead = atLineStart ? '' : '\n\n'
        view.dispatch({
          changes: { from, to, insert: lead + text },
          selection: { anchor: from + lead.length + cursorAt },
          userEvent: 'input',
        })
        view.focus()
      },
      focus: (at) => {
        // Where asked, else where the user was, or, in notes not touched since they loaded, after what is
        // there; shown even where the notes sit below the form (at 1024×700 some 3,300 px down).
        const { head } = view.state.selection.main
        const anchor = Math.min(at ?? (head === 0 ? view.state.doc.length : head), view.state.doc.length)
        view.dispatch({ selection: { anchor }, scrollIntoView: true })
        view.focus()
      },
    })
    onReady((action) => {
      action.run(view)
      view.focus()
    })
    return () => {
      onReady(null)
      session.attachEditor(null)
      view.destroy()
      viewRef.current = null
    }
  }, [session, label, onReady])

  // Text from elsewhere replaces the document; it is not an edit, so it stays out of the undo history.
  useEffect(() => {
    const view = viewRef.current
    if (!view) return
    const text = session.state.text
    if (view.state.doc.toString() === text) return
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      annotations: Transaction.addToHistory.of(false),
    })
  }, [session, textVersion])

  useEffect(() => {
    readOnlyRef.current = readOnly
    viewRef.current?.dispatch({ effects: editableRef.current.reconfigure(EditorView.editable.of(!readOnly)) })
  }, [readOnly])

  return <div ref={parentRef} className="notes-editor" />
}
