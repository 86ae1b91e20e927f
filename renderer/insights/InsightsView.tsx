import './insights.css'
import { useCallback, useMemo, useState } from 'react'
import type { HostEvent, Improvement } from '../../shared/api/contract'
import { IMPROVE_HEADING } from '../../shared/notes/summary'
import { renderNotes } from '../notes/markdownPreview'
import { useHostQuery } from '../search/useHostQuery'
import { useServices, useStoreValue } from '../services/services'
import { Icon } from '../ui/Icon'
import { mentions, recurringWords } from './recurring'
import { interviewToSummarise } from './summaryLead'

const refreshOnChange = (event: HostEvent) => event.topic === 'notes' || event.topic === 'interviews'

function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return date
  return new Date(year, month - 1, day).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

function ImprovementEntry({ entry }: { entry: Improvement }) {
  const { workbench } = useServices()
  const html = useMemo(() => renderNotes(entry.markdown), [entry.markdown])
  return (
    <article className="insight" aria-label={`${entry.company}, ${entry.role}`}>
      <header className="insight-header">
        <button
          type="button"
          className="link-button insight-link"
          onClick={() => workbench.openInterview(entry.interviewId)}
        >
          {entry.company} · {entry.role}
        </button>
        <span className="insight-date">{dateLabel(entry.date)}</span>
      </header>
      <div className="markdown-preview insight-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  )
}

/**
 * With nothing gathered yet, one click to where the first entry is written: the notes of the interview
 * to summarise, the keyboard in them (interviewToSummarise).
 */
function FirstEntryLead() {
  const { data, notes, workbench } = useServices()
  const interviews = useStoreValue(data, (state) => state.interviews)
  const interview = interviewToSummarise(interviews, new Date())
  if (!interview) return null
  return (
    <button
      type="button"
      className="button button-primary insights-lead"
      onClick={() => {
        workbench.openInterview(interview.id, { keep: true })
        notes.open(interview.id).focusEditor()
      }}
    >
      <Icon name="edit" />
      Write in {interview.company}’s notes
    </button>
  )
}

/**
 * Every interview's "where I can improve" section in one place, newest first, each linking back to
 * its interview; the words that come back across interviews are offered as filters.
 */
export function InsightsView() {
  const { client } = useServices()
  const load = useCallback(() => client.listImprovements({}), [client])
  const { value: entries, error, loading } = useHostQuery(load, refreshOnChange)
  const [word, setWord] = useState<string | null>(null)
  const recurring = useMemo(() => recurringWords((entries ?? []).map((entry) => entry.markdown)), [entries])
  const shown = useMemo(
    () => (entries ?? []).filter((entry) => word === null || mentions(entry.markdown, word)),
    [entries, word],
  )

  return (
    <div className="insights">
      <header className="insights-header">
        <h1 className="insights-title">
          <Icon name="lightbulb" />
          Insights
        </h1>
        <p className="insights-subtitle">
          What you noted under “{IMPROVE_HEADING}” after each interview, newest first.
        </p>
      </header>
      {error && (
        <p className="field-message" role="alert">
          <Icon name="error" />
          {error}
        </p>
      )}
      {entries && entries.length === 0 && (
        <>
          <p className="insights-empty">
            Nothing yet. Insert the summary template in an interview’s notes and fill in “{IMPROVE_HEADING}”: each one
            gathers here.
          </p>
          <FirstEntryLead />
        </>
      )}
      {recurring.length > 0 && (
        <div className="insights-recurring" role="group" aria-label="Comes back often">
          <span className="insights-recurring-label">Comes back often:</span>
          {recurring.map((item) => (
            <button
              key={item.word}
              type="button"
              className="insights-chip"
              aria-pressed={word === item.word}
              onClick={() => setWord(word === item.word ? null : item.word)}
            >
              {item.word} <span className="badge">{item.count}</span>
            </button>
          ))}
        </div>
      )}
      {loading && !entries && <p className="insights-empty">Loading…</p>}
      <div className="insights-list">
        {shown.map((entry) => (
          <ImprovementEntry key={entry.interviewId} entry={entry} />
        ))}
      </div>
    </div>
  )
}
