import './search.css'
import { useCallback, useEffect, useState } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import { countLabel } from '../services/stageLists'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { Highlighted } from './Highlighted'
import { SEARCH_INPUT_ID } from './searchInputId'
import { useHostQuery } from './useHostQuery'

/** Waits for a pause in typing before asking the host, so a fast typist sends one query, not ten. */
const QUERY_DELAY_MS = 120
const MAX_HITS = 100

const refreshOnChange = (event: HostEvent) => event.topic === 'notes' || event.topic === 'interviews'

/** The side bar's search: full text over every interview's notes, matches highlighted; a result opens its interview. */
export function SearchView() {
  const { client, workbench } = useServices()
  const [input, setInput] = useState('')
  const [query, setQuery] = useState('')

  useEffect(() => {
    const timer = setTimeout(() => setQuery(input.trim()), QUERY_DELAY_MS)
    return () => clearTimeout(timer)
  }, [input])

  const load = useCallback(() => client.searchNotes({ query, limit: MAX_HITS }), [client, query])
  const { value, error, loading } = useHostQuery(query ? load : null, refreshOnChange)
  const hits = query ? (value?.hits ?? []) : []

  return (
    <aside className="sidebar" aria-label="Search">
      <header className="sidebar-header">
        <h2 className="sidebar-title">Search notes</h2>
      </header>
      <div className="sidebar-filter">
        <Icon name="search" className="sidebar-filter-icon" />
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          aria-label="Search notes"
          placeholder="Words from your notes"
          value={input}
          autoFocus
          onChange={(event) => setInput(event.target.value)}
        />
      </div>
      <div className="sidebar-content">
        {error && (
          <p className="sidebar-message" role="alert">
            {error}
          </p>
        )}
        {query && value && !loading && (
          <p className="sidebar-message" role="status">
            {value.total === 0
              ? `No notes mention “${query}”.`
              : `${countLabel(value.total, 'interview')}${value.total > hits.length ? `, first ${hits.length} shown` : ''}`}
          </p>
        )}
        {query && loading && !value && <p className="sidebar-message">Searching…</p>}
        {!query && <p className="sidebar-message">Finds words in the notes of every interview.</p>}
        <ul className="search-results" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.interviewId}>
              <button type="button" className="search-result" onClick={() => workbench.openInterview(hit.interviewId)}>
                <span className="search-result-title">
                  {hit.company} · {hit.role}
                </span>
                {hit.snippets.map((snippet, index) => (
                  <span key={index} className="search-snippet">
                    <Highlighted segments={snippet} />
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  )
}
