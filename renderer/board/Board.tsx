import './board.css'
import { useCallback, useEffect, useMemo } from 'react'
import { STAGES } from '../../shared/domain/stages'
import { newInterview } from '../commands/newInterview'
import { runCommand } from '../commands/registry'
import { useServices, useStore } from '../services/services'
import { Icon } from '../workbench/Icon'
import { BoardColumn } from './BoardColumn'
import { EmptyBoard } from './EmptyBoard'
import { countLabel, groupByStage } from './groupByStage'
import { cardId } from './InterviewCard'

/** The kanban board: one column per follow-up stage, in the workflow's order. */
export function Board() {
  const services = useServices()
  const { data, workbench } = services
  const { interviews, status } = useStore(data)
  const { revealId } = useStore(workbench)
  const groups = useMemo(() => groupByStage(interviews), [interviews])
  const openInterview = useCallback((id: string) => workbench.openInterview(id), [workbench])
  const addInterview = () => runCommand(newInterview, services)

  // After a new interview is saved, the board takes focus on its card so the user sees where it landed.
  useEffect(() => {
    if (!revealId) return
    const card = document.getElementById(cardId(revealId))
    if (!card) return
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    card.focus()
    workbench.revealed()
  }, [revealId, interviews, workbench])

  if (status === 'loading') return <p className="board-message">Loading interviews…</p>
  if (status === 'failed') return <p className="board-message">Debrief could not load your interviews.</p>
  if (interviews.length === 0) return <EmptyBoard onNewInterview={addInterview} />

  return (
    <div className="board">
      <header className="board-toolbar">
        <h1 className="board-title">Board</h1>
        <span className="board-summary">{countLabel(interviews.length, 'interview')}</span>
        <button type="button" className="button button-primary" onClick={addInterview}>
          <Icon name="add" />
          New interview
        </button>
      </header>
      <div className="board-columns">
        {STAGES.map((stage) => (
          <BoardColumn key={stage.id} stage={stage} interviews={groups.get(stage.id) ?? []} onOpen={openInterview} />
        ))}
      </div>
    </div>
  )
}
