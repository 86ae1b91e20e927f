import { useEffect } from 'react'
import type { SavedTab, WindowState } from '../../shared/domain/window-state'
import type { DataStore } from '../services/dataStore'
import type { Services } from '../services/services'
import { BOARD_TAB, INSIGHTS_TAB, interviewTabKey, SETTINGS_TAB, type Tab } from '../services/workbenchModel'
import { messageDraftsFor } from '../messages/messageDrafts'
import { sendOnUnload } from '../services/unloadSave'
import { panelId } from './TabStrip'

/** Tabs change in bursts (opening several interviews); one save after a burst is enough. */
const SAVE_DELAY_MS = 400

function savedTab(tab: Tab): SavedTab | null {
  if (tab.kind === 'interview') return { kind: 'interview', interviewId: tab.interviewId }
  // An unsaved "new interview" form is not kept across a restart: its draft lives in this window only.
  return tab.kind === 'new' ? null : { kind: tab.kind }
}

function tabOf(saved: SavedTab): Tab {
  if (saved.kind === 'interview')
    return { key: interviewTabKey(saved.interviewId), kind: 'interview', interviewId: saved.interviewId }
  return saved.kind === 'board' ? BOARD_TAB : saved.kind === 'insights' ? INSIGHTS_TAB : SETTINGS_TAB
}

/** The element a tab scrolls: the board's row of columns (sideways), else its panel. */
function scrollerOf(key: string): HTMLElement | null {
  const panel = document.getElementById(panelId(key))
  if (!panel) return null
  return key === BOARD_TAB.key ? panel.querySelector<HTMLElement>('.board-columns') : panel
}

/** Resolves once the window's first load of the interviews has finished, whichever way it went. */
function loaded(data: DataStore): Promise<void> {
  return new Promise((resolve) => {
    if (data.state.status !== 'loading') return resolve()
    const stop = data.subscribe(() => {
      if (data.state.status === 'loading') return
      stop()
      resolve()
    })
  })
}

/**
 * Restores the tabs, the active one, their scroll positions and the side bar's view after a restart (from the host, so
 * the browser app keeps them across ports too), and saves them as they change.
 */
export function useWindowState({ client, data, workbench }: Services): void {
  useEffect(() => {
    const drafts = messageDraftsFor(workbench)
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    // Scroll positions by tab key, kept while the window runs; a hidden tab keeps the last one seen.
    const scroll = new Map<string, [number, number]>()
    let pendingScroll = new Map<string, [number, number]>()
    // Set once the saved state has been read (and applied, if any).
    let restored = false

    const snapshot = (): WindowState => {
      const { tabs, activeKey } = workbench.state
      const kept = tabs.filter((tab) => savedTab(tab) !== null)
      for (const tab of kept) {
        const element = scrollerOf(tab.key)
        if (element) scroll.set(tab.key, [Math.round(element.scrollLeft), Math.round(element.scrollTop)])
      }
      const active = kept.findIndex((tab) => tab.key === activeKey)
      const interviewIds = kept.flatMap((tab) => (tab.kind === 'interview' ? [tab.interviewId] : []))
      return {
        tabs: kept.map((tab) => savedTab(tab)!),
        active: active < 0 ? null : active,
        scroll: kept.map((tab) => scroll.get(tab.key) ?? null),
        sidebar: { view: workbench.state.sidebarView, visible: workbench.sidebarChosenVisible },
        drafts: drafts.saved(interviewIds),
      }
    }
    // What was last sent: a change the saved state does not hold (a preview tab kept) sends nothing.
    let sent: string | null = null
    const send = (how: (state: WindowState) => Promise<unknown>) => {
      const state = snapshot()
      const text = JSON.stringify(state)
      if (text === sent) return
      sent = text
      how(state).catch(() => (sent = null))
    }
    let pending = false
    const save = () => {
      clearTimeout(timer)
      pending = true
      timer = setTimeout(() => {
        pending = false
        if (!stopped) send((state) => client.setWindowState(state))
      }, SAVE_DELAY_MS)
    }
    // A draft typed just before a reload or a quit is still in the delay: it goes as the page goes.
    const onPageHide = () => {
      if (!pending || stopped) return
      clearTimeout(timer)
      pending = false
      send((state) => sendOnUnload(client, 'setWindowState', state))
    }

    /** Puts a restored tab back where it was scrolled once it has content to scroll (the board loads first). */
    const applyScroll = () => {
      if (!restored) return
      if (pendingScroll.size === 0) return observer.disconnect()
      for (const [key, [left, top]] of pendingScroll) {
        const element = scrollerOf(key)
        // Not yet: the content is still loading, too short to scroll that far.
        const room = element
          ? [element.scrollWidth - element.clientWidth, element.scrollHeight - element.clientHeight]
          : null
        if (!element || !room || room[0]! < left || room[1]! < top) continue
        element.scrollLeft = left
        element.scrollTop = top
        pendingScroll.delete(key)
      }
    }

    let stopFollowing = () => {}
    const follow = () => {
      const stops = [workbench.subscribe(save), drafts.subscribe(save)]
      stopFollowing = () => stops.forEach((stop) => stop())
    }
    client.getWindowState({}).then(
      async (state) => {
        if (stopped) return
        if (state) {
          // The side bar comes back at once: it needs no interview to be loaded.
          if (state.sidebar) workbench.restoreSidebar(state.sidebar.view, state.sidebar.visible)
          await loaded(data)
          const tabs = state.tabs
            .map(tabOf)
            .filter((tab) => tab.kind !== 'interview' || data.interviewById(tab.interviewId))
          const active = state.active === null ? null : state.tabs[state.active]
          workbench.restoreTabs(tabs, active ? tabOf(active).key : null)
          // Only for the tabs that came back: an interview deleted meanwhile has none.
          const reopened = new Set(tabs.flatMap((tab) => (tab.kind === 'interview' ? [tab.interviewId] : [])))
          drafts.restore(Object.fromEntries(Object.entries(state.drafts ?? {}).filter(([id]) => reopened.has(id))))
          pendingScroll = new Map(
            state.tabs.flatMap((tab, index) => {
              const offset = state.scroll[index]
              return offset ? [[tabOf(tab).key, offset] as [string, [number, number]]] : []
            }),
          )
        }
        restored = true
        applyScroll()
        follow()
      },
      () => {
        restored = true
        follow()
      },
    )
    // Noted as it happens: a tab scrolled and then left at once is unmounted before the save runs.
    const onScroll = (event: Event) => {
      const tab = workbench.state.tabs.find((candidate) => scrollerOf(candidate.key) === event.target)
      if (!tab) return
      const element = event.target as HTMLElement
      scroll.set(tab.key, [Math.round(element.scrollLeft), Math.round(element.scrollTop)])
      save()
    }
    const observer = new MutationObserver(applyScroll)
    observer.observe(document.body, { childList: true, subtree: true })
    window.addEventListener('scroll', onScroll, { capture: true, passive: true })
    window.addEventListener('pagehide', onPageHide)
    const stopData = data.subscribe(applyScroll)
    return () => {
      stopped = true
      clearTimeout(timer)
      stopFollowing()
      window.removeEventListener('pagehide', onPageHide)
      stopData()
      observer.disconnect()
      window.removeEventListener('scroll', onScroll, { capture: true })
    }
  }, [client, data, workbench])
}
