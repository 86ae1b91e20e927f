import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { noInterviewsYet } from '../commands/board/noInterviews'
import { afterFirstScreen } from '../services/firstScreen'
import { useServices, useStore } from '../services/services'
import { useFirstScreenPainted } from '../services/useFirstScreenPainted'

/**
 * The workbench's parts the board's first paint does not need, each in its own chunk: the command
 * palette and quick open (cmdk and its dialog), and the Today and Search side bar views. All are
 * fetched once the first screen is painted and the window is idle, so each shows at once when asked
 * (a command that focuses a view finds it rendered); one asked for before that loads on the spot.
 */
const loadTodayView = () => import('../today/TodayView')
const loadSearchView = () => import('../search/SearchView')
const CommandPalette = lazy(() => import('./CommandPalette').then((module) => ({ default: module.CommandPalette })))
const QuickOpen = lazy(() => import('../search/QuickOpen').then((module) => ({ default: module.QuickOpen })))
export const TodayView = lazy(() => loadTodayView().then((module) => ({ default: module.TodayView })))
export const SearchView = lazy(() => loadSearchView().then((module) => ({ default: module.SearchView })))
/** The Calendar view is opened on demand only, so it loads when first shown. */
export const CalendarView = lazy(() =>
  import('../calendar/CalendarView').then((module) => ({ default: module.CalendarView })),
)

/** How long an idle moment is waited for after the first paint before the dialogs load anyway. */
const MOST_WAIT_FOR_IDLE_MS = 2000

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const timer = setTimeout(run, 0)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(run, { timeout: MOST_WAIT_FOR_IDLE_MS })
  return () => cancelIdleCallback(handle)
}

/** False until the first screen is painted and the window has had an idle moment. */
function useAfterFirstScreen(): boolean {
  const { data } = useServices()
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let cancelIdle = () => {}
    let live = true
    void afterFirstScreen(data).then(() => {
      if (live) cancelIdle = whenIdle(() => setReady(true))
    })
    return () => {
      live = false
      cancelIdle()
    }
  }, [data])
  return ready
}

/**
 * The command palette and quick open, mounted after the first paint, or at once when one is asked for
 * before; the side bar views' code is fetched at the same moment.
 */
export function DeferredDialogs() {
  const { workbench } = useServices()
  const { paletteOpen, quickOpenOpen } = useStore(workbench)
  const ready = useAfterFirstScreen()
  useEffect(() => {
    if (!ready) return
    void loadTodayView()
    void loadSearchView()
  }, [ready])
  return (
    <>
      <Suspense fallback={null}>{(ready || paletteOpen) && <CommandPalette />}</Suspense>
      <Suspense fallback={null}>
        {(ready || quickOpenOpen) && <QuickOpen noInterviewsText={noInterviewsYet()} />}
      </Suspense>
    </>
  )
}

/** The side bar's place, kept while its view waits, so the board beside it never moves. */
const emptySidebar = <aside className="sidebar" aria-hidden="true" />

/**
 * The side bar's view, rendered once the board's first cards are painted: its lists of interviews are
 * a fifth of the first screen's elements, and the board is what the user opened the app for. A lazily
 * loaded view shows the empty side bar while its code loads (a few milliseconds from the local host).
 */
export function SidebarView({ children }: { children: ReactNode }) {
  const painted = useFirstScreenPainted()
  return painted ? <Suspense fallback={emptySidebar}>{children}</Suspense> : emptySidebar
}
