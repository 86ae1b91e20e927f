import { useEffect } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { interviewWhen } from '../format/zonedTimes'
import { messageDraftsFor } from '../messages/messageDrafts'
import { NotesPane } from '../notes/NotesPane'
import { setArchived } from '../services/archive'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { useMediaQuery } from '../ui/useMediaQuery'
import type { Tab } from '../services/workbenchModel'
import { STACKED_EDITOR } from './anchors'
import { InterviewForm } from './InterviewForm'
import { NextPanel } from './NextPanel'
import { useInterview } from './useInterview'

type InterviewTab = Extract<Tab, { kind: 'interview' | 'new' }>

/**
 * An interview's tab: what to do next, then the record, beside its notes (in a narrow window, the notes
 * between the two); the form alone for a new interview (notes need a saved interview), or word that it
 * is gone.
 */
export function InterviewEditor({ tab }: { tab: InterviewTab }) {
  if (tab.kind === 'new') return <InterviewForm tabKey={tab.key} interview={null} />
  return <StoredInterviewEditor tabKey={tab.key} interviewId={tab.interviewId} />
}

function InterviewHeader({ interview }: { interview: Interview }) {
  const services = useServices()
  const when = interviewWhen(interview)
  return (
    <header className="form-header interview-header">
      <h1 className="form-title">{interview.company}</h1>
      <p className="form-subtitle">
        {interview.role} · round {interview.round} · {when}
      </p>
      {/* Archived from its card or the palette while open, the record looked as active as before (a walkthrough). */}
      {interview.archived && (
        <p className="interview-archived" role="note">
          <Icon name="archive" />
          <span className="interview-archived-text">
            Archived: its follow-ups wait and no reminder comes until you restore it.
          </span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void setArchived(services, interview, false)}
          >
            Restore
          </button>
        </p>
      )}
    </header>
  )
}

function StoredInterviewEditor({ tabKey, interviewId }: { tabKey: string; interviewId: string }) {
  const { workbench } = useServices()
  const lookup = useInterview(interviewId)
  const found = lookup.status === 'found'
  const stacked = useMediaQuery(STACKED_EDITOR)

  // Opening the tab puts the focus on the first thing to do, never on the page body.
  useEffect(() => {
    if (!found) return
    const focused = document.activeElement
    const lost = !focused || focused === document.body || !focused.isConnected
    if (lost) messageDraftsFor(workbench).requestFocus(interviewId)
  }, [found, workbench, interviewId])

  if (lookup.status === 'found') {
    const { interview } = lookup
    const notes = <NotesPane key="notes" interview={interview} />
    // Stacked, the notes come right after what to do next, before the record's long form (at 900×700
    // they sat 2,000 px down, under every field); the DOM keeps that order, so Tab follows the eye.
    // The keyed siblings keep their state when the notes move; the notes' own session outlives the move.
    return (
      // Any edit in the tab (the form, the notes, a message) keeps it open when it was a preview.
      <div className="interview-editor" onInput={() => workbench.keep(tabKey)}>
        <div className="interview-record">
          <InterviewHeader key="header" interview={interview} />
          <NextPanel key="next" interview={interview} />
          {stacked && notes}
          <InterviewForm key="form" tabKey={tabKey} interview={interview} />
        </div>
        {!stacked && notes}
      </div>
    )
  }
  if (lookup.status === 'loading') return <p className="editor-message">Loading interview…</p>
  return (
    <div className="editor-message">
      <p>This interview is gone: it was deleted, perhaps in another window.</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => workbench.close(tabKey, { force: true })}
      >
        Close tab
      </button>
    </div>
  )
}
