import { memo } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { formatInterviewTime } from '../format/interviewTime'
import { FORMAT_LABELS } from '../interview/formValues'
import { Icon } from '../workbench/Icon'

const FORMAT_ICONS: Record<Interview['format'], string> = {
  'in-person': 'organization',
  video: 'device-camera-video',
  phone: 'call-outgoing',
}

export const cardId = (interviewId: string) => `card-${interviewId}`

interface InterviewCardProps {
  interview: Interview
  onOpen: (id: string) => void
}

/** A card on the board; its accessible name starts "<Company>, <Role>" so it reads like a list entry. */
export const InterviewCard = memo(function InterviewCard({ interview, onOpen }: InterviewCardProps) {
  const time = formatInterviewTime(interview)
  const openTasks = interview.tasks.filter((task) => task.status === 'open').length
  const format = FORMAT_LABELS[interview.format]
  return (
    <button
      type="button"
      id={cardId(interview.id)}
      className="card"
      aria-label={`${interview.company}, ${interview.role}, round ${interview.round}, ${format}, ${time.local}`}
      onClick={() => onOpen(interview.id)}
    >
      <span className="card-company">{interview.company}</span>
      <span className="card-role">{interview.role}</span>
      <span className="card-when">
        <Icon name="calendar" />
        <span>
          {time.local}
          {time.inInterviewZone && <span className="card-zone">{time.inInterviewZone}</span>}
        </span>
      </span>
      <span className="card-tags">
        <span className="tag">Round {interview.round}</span>
        <span className="tag">
          <Icon name={FORMAT_ICONS[interview.format]} />
          {format}
        </span>
        {openTasks > 0 && (
          <span className="tag">
            <Icon name="checklist" />
            {openTasks} to do
          </span>
        )}
      </span>
    </button>
  )
})
