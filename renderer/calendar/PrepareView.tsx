import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { formatInterviewTime } from '../format/interviewTime'
import { renderNotes } from '../notes/markdownPreview'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { countdownToday } from './calendarInterviews'
import { interviewStart } from '../../shared/calendar/preparation'
import { withoutEmptyTemplateItems } from '../../shared/notes/summary'

/**
 * Before a next round: the interview ahead on one side, what the user wrote after each earlier round
 * at the same company on the other, so the summaries are read where the new round is in view.
 */

const FORMATS: Record<Interview['format'], string> = { 'in-person': 'In person', video: 'Video', phone: 'Phone' }

interface EarlierRound {
  interview: Interview
  /** The notes' Markdown, '' when none were written; null while loading. */
  notes: string | null
}

function useEarlierRounds(interview: Interview): { rounds: EarlierRound[] | null; error: string | null } {
  const { client } = useServices()
  const [rounds, setRounds] = useState<EarlierRound[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void (async () => {
      try {
        const earlier = await client.listEarlierRounds({ id: interview.id })
        if (!live) return
        setRounds(earlier.map((each) => ({ interview: each, notes: null })))
        const notes = await Promise.all(earlier.map((each) => client.readNotes({ id: each.id })))
        if (live) setRounds(earlier.map((each, index) => ({ interview: each, notes: notes[index]!.markdown })))
      } catch (caught) {
        if (live) setError(messageOf(caught))
      }
    })()
    return () => {
      live = false
    }
  }, [client, interview.id])
  return { rounds, error }
}

function RoundSummary({ round }: { round: EarlierRound }) {
  const { workbench } = useServices()
  const headingId = useId()
  const { interview, notes } = round
  const html = useMemo(() => (notes ? renderNotes(withoutEmptyTemplateItems(notes)) : ''), [notes])
  return (
    <article className="prepare-round" aria-labelledby={headingId}>
      <header className="prepare-round-header">
        <h4 id={headingId}>
          Round {interview.round} · {formatInterviewTime(interview).local}
        </h4>
        <button type="button" className="button button-secondary" onClick={() => workbench.openInterview(interview.id)}>
          Open round {interview.round}
        </button>
      </header>
      <p className="prepare-round-role">{interview.role}</p>
      {notes === null ? (
        <p className="prepare-hint">Reading your notes…</p>
      ) : notes.trim() === '' ? (
        <p className="prepare-hint">You wrote no notes after this round.</p>
      ) : (
        <div className="markdown-preview prepare-notes" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </article>
  )
}

export function PrepareView({ interview, onClose }: { interview: Interview; onClose: () => void }) {
  const { workbench } = useServices()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { rounds, error } = useEarlierRounds(interview)
  const time = formatInterviewTime(interview)
  const now = new Date()
  const start = interviewStart(interview)
  // A countdown while it is today ("in 2 h 10 min"); the date says the rest.
  const soon = start > now ? countdownToday(start, now) : null
  const people = [...interview.interviewers, ...interview.arrangers]

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  return (
    <dialog ref={dialogRef} className="quick-debrief prepare-view" aria-labelledby={titleId} onCancel={onClose}>
      <header className="quick-debrief-header">
        <h2 id={titleId}>
          Prepare for round {interview.round} at {interview.company}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="quick-debrief-body">
        <section className="quick-debrief-answers" aria-label="The interview ahead">
          <h3>The interview ahead</h3>
          <p className="prepare-when">
            {soon && <strong>{soon} · </strong>}
            {time.local}
            {time.inInterviewZone && <span className="prepare-hint"> ({time.inInterviewZone})</span>}
          </p>
          <dl className="prepare-facts">
            <dt>Role</dt>
            <dd>{interview.role}</dd>
            <dt>Format</dt>
            <dd>{FORMATS[interview.format]}</dd>
            {interview.location && (
              <>
                <dt>Where</dt>
                <dd>{interview.location}</dd>
              </>
            )}
            {people.length > 0 && (
              <>
                <dt>People</dt>
                {people.map((person) => (
                  <dd key={person.id}>
                    {person.name}
                    {person.title && <span className="prepare-hint">, {person.title}</span>}
                  </dd>
                ))}
              </>
            )}
          </dl>
          <div className="calendar-suggestion-buttons">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                workbench.openInterview(interview.id)
                onClose()
              }}
            >
              Open this interview
            </button>
          </div>
        </section>
        <section className="prepare-rounds" aria-label="Your summaries of the earlier rounds">
          <h3>Your summaries of the earlier rounds</h3>
          {error ? (
            <p className="calendar-alert" role="alert">
              <Icon name="error" />
              <span>The earlier rounds could not be read: {error}</span>
            </p>
          ) : !rounds ? (
            <p className="prepare-hint">Finding the earlier rounds…</p>
          ) : rounds.length === 0 ? (
            <p className="prepare-hint">
              No earlier interview at {interview.company} is in Debrief, so there is nothing to read back yet.
            </p>
          ) : (
            rounds.map((round) => <RoundSummary key={round.interview.id} round={round} />)
          )}
        </section>
      </div>
    </dialog>
  )
}
