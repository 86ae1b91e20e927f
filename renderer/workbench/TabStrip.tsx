import './tabStrip.css'
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import { closeTab } from '../commands/view/closeTab'
import { keybindingLabel } from '../commands/keyLabel'
import { interviewTabParts, useServices, useStore, useStoreValue, tabTitle } from '../services/services'
import type { Tab } from '../services/workbenchModel'
import { Icon } from '../ui/Icon'

function domId(key: string): string {
  return key.replace(/[^a-zA-Z0-9-]/g, '-')
}
export const tabId = (key: string) => `tab-${domId(key)}`
export const panelId = (key: string) => `panel-${domId(key)}`

const TAB_ICONS: Record<Tab['kind'], string> = {
  board: 'project',
  interview: 'briefcase',
  new: 'add',
  insights: 'lightbulb',
  settings: 'settings-gear',
}

const PREVIEW_NOTE = 'The next interview you open takes its place; double-click it, or edit in it, to keep it open.'

/**
 * Marks the strip's sides that have tabs scrolled out of view past them (data-more-before, data-more-after),
 * which its style fades: with no scrollbar, tabs past the edge at 1024 px or at 150 % zoom were out of sight
 * with no sign that they were there, the Board tab among them (a walkthrough). Set on the element, as the
 * strip scrolls, without rendering it again.
 */
function useOverflowEdges(stripRef: RefObject<HTMLDivElement | null>, tabCount: number): void {
  useEffect(() => {
    const strip = stripRef.current
    if (!strip) return
    const mark = () => {
      const { scrollLeft, scrollWidth, clientWidth } = strip
      strip.toggleAttribute('data-more-before', scrollLeft > 1)
      strip.toggleAttribute('data-more-after', scrollLeft + clientWidth < scrollWidth - 1)
    }
    mark()
    const resized = new ResizeObserver(mark)
    resized.observe(strip)
    strip.addEventListener('scroll', mark, { passive: true })
    return () => {
      resized.disconnect()
      strip.removeEventListener('scroll', mark)
    }
  }, [stripRef, tabCount])
}

/**
 * The editor's tab strip in the WAI-ARIA tabs pattern: the tablist holds only tabs; arrow keys move
 * between them, Delete (or Ctrl/Cmd+W) closes one, as in VS Code. Each close button sits beside its
 * tab, outside the tab role, and out of the accessibility tree and the Tab order: keyboard and screen
 * reader users close with Delete, which the tab announces in aria-keyshortcuts and its description.
 */
export function TabStrip() {
  const { workbench, data } = useServices()
  const { tabs, activeKey, dirtyKeys, previewKey } = useStore(workbench)
  // Titles name interviews, so the strip renders again when one changes: not on every change of the data
  // (a card moved renders the board alone before its frame).
  useStoreValue(data, () => tabs.map((tab) => tabTitle(data, tab)).join('\n'))

  const focusTab = (key: string) => document.getElementById(tabId(key))?.focus()

  // The active tab is always in view, even when it was opened (or restored) past the strip's edge, or
  // the window narrowed.
  const stripRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const strip = stripRef.current
    if (!strip || !activeKey) return
    // The whole tab, its close button too, which sits beside the element with the tab role.
    const reveal = () =>
      document
        .getElementById(tabId(activeKey))
        ?.closest('.tab')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    // Once the strip is laid out at its new width: a resize event comes before the tabs have shrunk.
    const observer = new ResizeObserver(reveal)
    observer.observe(strip)
    return () => observer.disconnect()
  }, [activeKey, tabs.length])

  useOverflowEdges(stripRef, tabs.length)

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    if (step !== undefined) {
      const next = tabs[(index + step + tabs.length) % tabs.length]
      if (next) {
        workbench.activate(next.key)
        focusTab(next.key)
      }
      event.preventDefault()
    } else if (event.key === 'Home' || event.key === 'End') {
      const next = event.key === 'Home' ? tabs[0] : tabs[tabs.length - 1]
      if (next) {
        workbench.activate(next.key)
        focusTab(next.key)
      }
      event.preventDefault()
    } else if (event.key === 'Delete') {
      const tab = tabs[index]
      if (tab && workbench.close(tab.key) && workbench.state.activeKey) focusTab(workbench.state.activeKey)
      event.preventDefault()
    }
  }

  return (
    <div
      ref={stripRef}
      className="tab-strip"
      role="tablist"
      aria-label="Open editors"
      onWheel={(event) => {
        // The strip has no scrollbar: an ordinary wheel scrolls it sideways.
        if (event.deltaX === 0) event.currentTarget.scrollLeft += event.deltaY
      }}
    >
      {tabs.map((tab, index) => {
        const title = tabTitle(data, tab)
        const parts = interviewTabParts(data, tab)
        const laterRound = parts && parts.round > 1 ? parts : null
        const active = tab.key === activeKey
        const dirty = dirtyKeys.includes(tab.key)
        const preview = tab.key === previewKey
        const closing = dirty ? 'Unsaved changes. Press Delete to close.' : 'Press Delete to close.'
        return (
          <div
            key={tab.key}
            className="tab"
            role="presentation"
            data-active={active}
            data-dirty={dirty}
            data-preview={preview || undefined}
          >
            <button
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={active}
              aria-controls={active || tab.kind === 'board' ? panelId(tab.key) : undefined}
              tabIndex={active ? 0 : -1}
              aria-keyshortcuts="Delete"
              aria-description={preview ? `${PREVIEW_NOTE} ${closing}` : closing}
              className="tab-label"
              // The title, whole, whatever boxes show it.
              aria-label={title}
              title={dirty ? `${title} (unsaved changes)` : preview ? `${title} (preview: ${PREVIEW_NOTE})` : title}
              onClick={() => workbench.activate(tab.key)}
              onDoubleClick={() => workbench.keep(tab.key)}
              onAuxClick={(event) => event.button === 1 && workbench.close(tab.key)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <Icon name={TAB_ICONS[tab.kind]} />
              <span className="tab-title">{laterRound ? `${laterRound.company} · ${laterRound.role}` : title}</span>
              {laterRound && (
                // Its own box, so a narrow tab cuts the company and role but never the round.
                <span className="tab-round badge" aria-hidden="true">
                  R{laterRound.round}
                </span>
              )}
            </button>
            <button
              type="button"
              className="tab-close"
              aria-hidden="true"
              title={`Close ${title} (${keybindingLabel(closeTab.keybinding ?? '')})`}
              tabIndex={-1}
              onClick={() => workbench.close(tab.key)}
            >
              <Icon name="close" className="tab-close-icon" />
              {dirty && <Icon name="circle-filled" className="tab-dirty-icon" />}
            </button>
          </div>
        )
      })}
    </div>
  )
}
