import { useServices, useStore } from '../services/services'
import type { Tab } from '../services/workbenchModel'
import { InterviewForm } from './InterviewForm'

type InterviewTab = Exclude<Tab, { kind: 'board' }>

/** An interview's tab: the form for a new or a stored interview, or word that it is gone. */
export function InterviewEditor({ tab }: { tab: InterviewTab }) {
  const { data, workbench } = useServices()
  const { interviews, status } = useStore(data)

  if (tab.kind === 'new') return <InterviewForm tabKey={tab.key} interview={null} />

  const interview = interviews.find((candidate) => candidate.id === tab.interviewId)
  if (interview) return <InterviewForm tabKey={tab.key} interview={interview} />
  if (status === 'loading') return <p className="editor-message">Loading interview…</p>
  return (
    <div className="editor-message">
      <p>This interview is no longer on the board: it was deleted or archived, perhaps in another window.</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => workbench.close(tab.key, { force: true })}
      >
        Close tab
      </button>
    </div>
  )
}
