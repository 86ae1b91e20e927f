import './notes.css'
import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { hasBegun } from '../../shared/workflow/due-times'
import { instantToWallTime } from '../../shared/workflow/time-zone'
import { useHeldChanges } from '../services/heldChanges'
import { useServices, useStore } from '../services/services'
import { useMinuteClock } from '../ui/useMinuteClock'
import { Icon } from '../ui/Icon'
import { ConflictView } from './ConflictView'
import { FORMATTING_ACTIONS, shortcutLabel, type FormattingAction } from './markdownCommands'
import type { NotesState } from '../services/notesSession'
import type { NotesLayout } from '../services/notesView'
import { insertSummaryTemplate, TEMPLATE_ALREADY_THERE } from './summaryTemplate'

// CodeMirror and markdown-it load with the first notes shown, not with the board.
const MarkdownEditor = lazy(() => import('./MarkdownEditor').then((module) => ({ default: module.MarkdownEditor })))
const MarkdownPreview = lazy(() => import('./MarkdownPreview').then((module) => ({ default: module.MarkdownPreview })))

const LAYOUTS: ReadonlyArray<{ layout: NotesLayout; label: string; icon: string }> = [
  { layout: 'edit', label: 'Editor only', icon: 'edit' },
  { layout: 'split', label: 'Editor and preview', icon: 'split-horizontal' },
  { layout: 'preview', label: 'Preview only', icon: 'open-preview' },
]

/**
 * The pane's save state; "Saved" only once the host has the notes on disk, not just in its memory, and
 * only for notes changed here: opened and read, they say nothing (they said "Saved", a walkthrough asked what).
 */
function saveLabel(
  { status, error, changedHere }: NotesState,
  heldChanges: number,
): { text: string; icon: string } | null {
  switch (status) {
    case 'loading':
      return { text: 'Loading…', icon: 'loading' }
    case 'load-failed':
      return { text: `Could not open the notes: ${error}`, icon: 'error' }
    case 'unsaved':
    case 'saving':
      return { text: 'Saving…', icon: 'sync' }
    case 'failed':
      return { text: `Not saved: ${error}`, icon: 'error' }
    case 'conflict':
      return { text: 'Changed on disk too', icon: 'warning' }
    default:
      if (!changedHere) return null
      return heldChanges > 0
        ? { text: 'Not on disk yet: kept in memory', icon: 'warning' }
        : { text: 'Saved', icon: 'check' }
  }
}

/** An interview's reflection notes: the Markdown editor, its preview, the summary template and the save state. */
export function NotesPane({ interview }: { interview: Interview }) {
  const { notes, notifications } = useServices()
  const session = useMemo(() => notes.open(interview.id), [notes, interview.id])
  const state = useStore(session)
  const { layout } = useStore(notes.view)
  // An interview still to come has nothing to remember yet (a walkthrough's next-week notes said to).
  const upcoming = !hasBegun(interview, instantToWallTime(useMinuteClock(), interview.timeZone))
  const [runAction, setRunAction] = useState<((action: FormattingAction) => void) | null>(null)
  const onEditorReady = useCallback((run: ((action: FormattingAction) => void) | null) => setRunAction(() => run), [])
  const editable = state.status !== 'loading' && state.status !== 'load-failed'
  const save = saveLabel(state, useHeldChanges())

  return (
    <section className="notes-pane" aria-label="Notes">
      <header className="notes-toolbar">
        <h2 className="notes-title">Notes</h2>
        <div className="notes-tools" role="toolbar" aria-label="Formatting">
          {FORMATTING_ACTIONS.map((action) => (
            <button
              key={action.label}
              type="button"
              className="icon-button"
              aria-label={action.label}
              title={`${action.label} (${shortcutLabel(action.key)})`}
              disabled={!editable || !runAction}
              onClick={() => runAction?.(action)}
            >
              <Icon name={action.icon} />
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button-secondary notes-template"
          title="Insert summary template"
          disabled={!editable}
          onClick={() => {
            if (!insertSummaryTemplate(session, interview)) notifications.info(TEMPLATE_ALREADY_THERE)
          }}
        >
          <Icon name="notebook-template" />
          <span className="notes-template-label">Insert summary template</span>
        </button>
        <span className="notes-spacer" />
        <span
          className="notes-save"
          role="status"
          aria-label={save?.text}
          data-status={state.status}
          data-held={save?.icon === 'warning' && state.status === 'saved'}
          title={save?.text}
        >
          {save && <Icon name={save.icon} />}
          {save && <span className="notes-save-text">{save.text}</span>}
        </span>
        <div className="notes-layouts" role="group" aria-label="Layout">
          {LAYOUTS.map((option) => (
            <button
              key={option.layout}
              type="button"
              className="icon-button"
              aria-label={option.label}
              title={option.label}
              aria-pressed={layout === option.layout}
              onClick={() => notes.view.setLayout(option.layout)}
            >
              <Icon name={option.icon} />
            </button>
          ))}
        </div>
      </header>
      {state.status === 'load-failed' && (
        <div className="notes-error" role="alert">
          <span>{save?.text}</span>
          <button type="button" className="button button-secondary" onClick={() => void session.load()}>
            Try again
          </button>
        </div>
      )}
      {state.conflict && <ConflictView session={session} mine={state.text} disk={state.conflict.markdown} />}
      <div className="notes-body" data-layout={layout}>
        <Suspense
          fallback={
            <p className="notes-hint" role="status">
              Loading the notes editor…
            </p>
          }
        >
          {layout !== 'preview' && (
            <MarkdownEditor
              session={session}
              label={`Notes for ${interview.company}`}
              readOnly={!editable}
              emptyText={
                upcoming
                  ? 'Prepare here: what you want to ask and to tell them. Afterwards, write what you remember while it is fresh.'
                  : 'Write what you remember while it is fresh, or insert the summary template.'
              }
              onReady={onEditorReady}
            />
          )}
          {layout !== 'edit' && (
            <MarkdownPreview
              source={state.text}
              onWrite={layout === 'preview' && editable ? () => notes.view.setLayout('split') : undefined}
            />
          )}
        </Suspense>
      </div>
    </section>
  )
}
