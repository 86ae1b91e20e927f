import './workbench.css'
import { useEffect } from 'react'
import { useKeybindings } from '../commands/keybindings'
import { useServices, useStore } from '../services/services'
import { ConfirmDialogHost } from '../ui/ConfirmDialog'
import { CalendarScreenHost } from '../calendar/CalendarScreenHost'
import { ActivityBar } from './ActivityBar'
import { EditorArea } from './EditorArea'
import { CalendarView, DeferredDialogs, SearchView, SidebarView, TodayView } from './lazyPanels'
import { NoticeBanner } from './NoticeBanner'
import { FirstRunNameStep } from '../settings/FirstRunNameStep'
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
      {sidebarVisible && (
        <SidebarView>
          {sidebarView === 'search' ? (
            <SearchView />
          ) : sidebarView === 'today' ? (
            <TodayView />
          ) : sidebarView === 'calendar' ? (
            <CalendarView />
          ) : (
            <InterviewsView />
          )}
        </SidebarView>
      )}
      <main className="editor-area">
        <NoticeBanner />
        <FirstRunNameStep />
        <EditorArea />
      </main>
      <StatusBar />
      <DeferredDialogs />
      <Toasts />
      <ConfirmDialogHost />
      <CalendarScreenHost />
    </div>
  )
}
