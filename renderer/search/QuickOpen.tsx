import { Command as CommandMenu } from 'cmdk'
import { dayInWords } from '../format/zonedTimes'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { HostEvent, QuickOpenHit } from '../../shared/api/contract'
import { stageLabel } from '../../shared/domain/stages'
import { messageDraftsFor } from '../messages/messageDrafts'
import { useServices, useStore } from '../services/services'
import { useHostQuery } from './useHostQuery'
import { closeHandlers } from '../ui/modalDialogState'

const MAX_HITS = 30
const refreshOnInterviews = (event: HostEvent) => event.topic === 'interviews'

interface QuickOpenMenuProps {
  onOpen: (hit: QuickOpenHit) => void
  noInterviewsText: string
}

function QuickOpenMenu({ onOpen, noInterviewsText }: QuickOpenMenuProps) {
  const { client } = useServices()
  const [query, setQuery] = useState('')
  const load = useCallback(() => client.quickOpen({ query, limit: MAX_HITS }), [client, query])
  const { value: hits, loading } = useHostQuery(load, refreshOnInterviews)
  // The highlighted hit, for the list it was picked in: a new answer starts on its own first hit,
  // never on an old list's.
  const [picked, setPicked] = useState<{ hits: typeof hits; id: string } | null>(null)
  const selected = picked && picked.hits === hits ? picked.id : (hits?.[0]?.interviewId ?? '')
  // Enter pressed before the answer for the last keystroke came: it opens that answer's first hit.
  const enterPending = useRef(false)

  useEffect(() => {
    if (loading || !enterPending.current) return
    enterPending.current = false
    const first = hits?.[0]
    if (first) onOpen(first)
  }, [hits, loading, onOpen])

  // Enter acts on the results of what was typed last: while they are on their way, it waits for them.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    if (loading) {
      enterPending.current = true
      return
    }
    const hit = hits?.find((candidate) => candidate.interviewId === selected) ?? hits?.[0]
    if (hit) onOpen(hit)
  }

  return (
    <CommandMenu
      label="Go to interview"
      shouldFilter={false}
      loop
      value={selected}
      onValueChange={(id) => setPicked({ hits, id })}
    >
      <CommandMenu.Input
        className="palette-input"
        placeholder="Company, role or someone you met"
        value={query}
        onValueChange={setQuery}
        onKeyDown={onKeyDown}
      />
      <CommandMenu.List className="palette-list" label="Interviews">
        {/* The empty query lists every interview: none means there are none at all, which "No interview
            matches “”" did not say (a walkthrough). */}
        {hits && hits.length === 0 && (
          <CommandMenu.Empty className="palette-empty">
            {query.trim() ? `No interview matches “${query.trim()}”` : noInterviewsText}
          </CommandMenu.Empty>
        )}
        {hits?.map((hit) => (
          <CommandMenu.Item
            key={hit.interviewId}
            value={hit.interviewId}
            className="palette-item quick-open-item"
            onSelect={() => onOpen(hit)}
          >
            <span className="quick-open-line">
              <span>
                {hit.company} · {hit.role}
              </span>
              <span className="quick-open-meta">
                {dayInWords(hit.date)} · {hit.archived ? 'Archived' : stageLabel(hit.stage)}
              </span>
            </span>
            {hit.people.length > 0 && <span className="quick-open-people">Met {hit.people.join(', ')}</span>}
          </CommandMenu.Item>
        ))}
      </CommandMenu.List>
    </CommandMenu>
  )
}

/**
 * Go to an interview by typing (Ctrl/Cmd+P), as VS Code's quick open goes to a file: companies,
 * roles and the names of the people met, answered by the host's index. A native modal <dialog>,
 * like the command palette; the menu mounts only while open so each opening starts empty.
 * `noInterviewsText` is said when there is no interview at all: how to add one.
 */
export function QuickOpen({ noInterviewsText }: { noInterviewsText: string }) {
  const { workbench } = useServices()
  const { quickOpenOpen } = useStore(workbench)
  const dialogRef = useRef<HTMLDialogElement>(null)

  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (quickOpenOpen && !dialog.open) {
      dialog.showModal()
      dialog.querySelector('input')?.focus()
    }
    if (!quickOpenOpen && dialog.open) dialog.close()
  }, [quickOpenOpen])

  const open = useCallback(
    (hit: QuickOpenHit) => {
      dialogRef.current?.close()
      workbench.setQuickOpenOpen(false)
      // Picked by name, to work in: a tab that stays, as VS Code's Quick Open opens one, with the keyboard
      // in it. Closing the dialog gave the keyboard back to where it was, a side bar's search box say,
      // whose text the next keys then changed (a walkthrough).
      workbench.openInterview(hit.interviewId, { keep: true })
      messageDraftsFor(workbench).requestFocus(hit.interviewId)
    },
    [workbench],
  )

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Go to interview"
      {...closeHandlers(() => workbench.setQuickOpenOpen(false))}
      onClick={(event) => event.target === event.currentTarget && workbench.setQuickOpenOpen(false)}
    >
      {quickOpenOpen && <QuickOpenMenu onOpen={open} noInterviewsText={noInterviewsText} />}
    </dialog>
  )
}
