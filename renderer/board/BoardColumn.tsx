import { memo, useId } from 'react'
import type { Interview } from '../../shared/domain/interview'
import type { Stage } from '../../shared/domain/stages'
import { InterviewCard } from './InterviewCard'

interface BoardColumnProps {
  stage: Stage
  interviews: readonly Interview[]
  onOpen: (id: string) => void
}

/** One stage: a region named by its label, with its cards in board order. */
export const BoardColumn = memo(function BoardColumn({ stage, interviews, onOpen }: BoardColumnProps) {
  const headingId = useId()
  return (
    <section className="board-column" aria-labelledby={headingId} data-kind={stage.kind}>
      <header className="board-column-header">
        <h2 id={headingId} className="board-column-title">
          {stage.label}
        </h2>
        <span className="badge">{interviews.length}</span>
      </header>
      {interviews.length === 0 ? (
        <p className="board-column-empty">Nothing here yet</p>
      ) : (
        <ul className="card-list">
          {interviews.map((interview) => (
            <li key={interview.id}>
              <InterviewCard interview={interview} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
