import { MessagesPane } from '../messages/MessagesPane'
import { NotesPane } from '../notes/NotesPane'
import { useServices } from '../services/services'
import type { Tab } from '../services/workbenchModel'
import { FollowUpList } from './FollowUpList'
import { InterviewForm } from './InterviewForm'
import { useInterview } from './useInterview'

type InterviewTab = Extract<Tab, { kind: 'interview' | 'new' }>

/**
 * An interview's tab: the record (form, follow-ups and their messages) beside its notes, the form
 * alone for a new interview (notes need a saved interview), or word that it is gone.
 */
export function InterviewEditor({ tab }: { tab: InterviewTab }) {
  if (tab.kind === 'new') return <InterviewForm tabKey={tab.key} interview={null} />
  return <StoredInterviewEditor tabKey={tab.key} interviewId={tab.interviewId} />
}

function StoredInterviewEditor({ tabKey, interviewId }: { tabKey: string; interviewId: string }) {
  const { workbench } = useServices()
  const lookup = useInterview(interviewId)

  if (lookup.status === 'found') {
    const { interview } = lookup
    return (
      <div className="interview-editor">
        <div className="interview-record">
          <InterviewForm tabKey={tabKey} interview={interview} />
          <FollowUpList interview={interview} />
          <MessagesPane interview={interview} />
        </div>
        <NotesPane interview={interview} />
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
