import { lazy, Suspense, useCallback, useEffect } from 'react'
import { useServices, useStore } from '../services/services'
import type { WorkbenchModel } from '../services/workbenchModel'
import { calendarScreensFor, openTarget, targetFromAddress } from './calendarScreens'

/** The screens' code (the notes editor, the preview) loads only when one is first asked for. */
const CalendarScreen = lazy(() => import('./CalendarScreen').then((module) => ({ default: module.CalendarScreen })))

/**
 * Opens the screen the browser app's address asks for (`?debrief=<id>`), once, then takes the
 * parameter out of the address so a reload does not ask again.
 */
function useAddressRequest(workbench: WorkbenchModel): void {
  useEffect(() => {
    const target = targetFromAddress(window.location.search)
    if (!target) return
    openTarget(workbench, target)
    const address = new URL(window.location.href)
    address.searchParams.delete('debrief')
    address.searchParams.delete('prepare')
    window.history.replaceState(window.history.state, '', address)
  }, [workbench])
}

/**
 * The browser app's notifications cannot be clicked (notify-send reports no click back): while its
 * page is open, each calendar prompt the host shows also comes as a toast whose button opens its screen.
 * The desktop app's own notifications are clickable, so it needs none.
 */
function useInAppPrompts(workbench: WorkbenchModel): void {
  const { client, notifications } = useServices()
  useEffect(() => {
    if (window.debrief) return
    return client.onEvent((event) => {
      if (event.topic !== 'calendar-prompt') return
      const { interviewId, view, title } = event
      notifications.info(title, {
        label: view === 'prepare' ? 'Read the earlier rounds' : 'Capture it now',
        run: () => openTarget(workbench, { interviewId, view }),
      })
    })
  }, [client, notifications, workbench])
}

/** Shows the calendar screen a reminder, a link or the address asked for, over the workbench. */
export function CalendarScreenHost() {
  const { workbench } = useServices()
  const screens = calendarScreensFor(workbench)
  const { open } = useStore(screens)
  const close = useCallback(() => screens.close(), [screens])
  useAddressRequest(workbench)
  useInAppPrompts(workbench)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <CalendarScreen key={`${open.view}:${open.interviewId}`} screen={open} onClose={close} />
    </Suspense>
  )
}
