import './workbench.css'
import { useEffect } from 'react'
import { useKeybindings } from '../commands/keybindings'
import { QuickOpen } from '../search/QuickOpen'
import { SearchView } from '../search/SearchView'
import { useServices, useStore } from '../services/services'
import { TodayView } from '../today/TodayView'
import { ConfirmDialogHost } from '../ui/ConfirmDialog'
import { ActivityBar } from './ActivityBar'
import { CommandPalette } from './CommandPalette'
import { EditorArea } from './EditorArea'
import { NoticeBanner } from './NoticeBanner'
import { InterviewsView } from './sidebar/InterviewsView'
import { StatusBar } from './StatusBar'
import { useWindowState } from './windowState'
import { Toasts } from './Toasts'
import {
  useFocusRescue,
  useMenuCommands,
  useNarrowWindow,
  useOpenInterviewRequests,
  usePartNavigation,
  useWarnBeforeUnload,
} from './windowHooks'

/** The VS Code-style frame: activity bar, side bar, editor area, status bar, palette and toasts. */
export function Workbench() {
  const services = useServices()
  const { sidebarVisible, sidebarView } = useStore(services.workbench)
  useEffect(() => services.notes.start(services.workbench), [services])
  useKeybindings(services)
  useMenuCommands(services)
  useWarnBeforeUnload(services)
  useOpenInterviewRequests(services.workbench)
  useNarrowWindow(services.workbench)
  usePartNavigation()
  useFocusRescue()
  useWindowState(services)

  return (
    <div className="workbench" data-sidebar={sidebarVisible ? 'visible' : 'hidden'}>
      <ActivityBar />
      {sidebarVisible &&
        (sidebarView === 'search' ? <SearchView /> : sidebarView === 'today' ? <TodayView /> : <InterviewsView />)}
      <main className="editor-area">
        <NoticeBanner />
        <EditorArea />
      </main>
      <StatusBar />
      <CommandPalette />
      <QuickOpen />
      <Toasts />
      <ConfirmDialogHost />
    </div>
  )
}
