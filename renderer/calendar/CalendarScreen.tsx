// The screens open from a reminder before the Calendar view (which also brings these styles) may ever have been shown.
import './calendar.css'
import { useEffect, useState } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { messageOf } from '../services/dataStore'
import { useServices, useStore } from '../services/services'
import type { CalendarScreen as Screen } from './calendarScreens'
import { PrepareView } from './PrepareView'
import { QuickDebrief } from './QuickDebrief'

/**
 * One calendar screen on one interview. The interview comes from the board's data when it is loaded,
 * else from the host (a large board loads its cards in pages; an archived one is not on the board).
 */
export function CalendarScreen({ screen, onClose }: { screen: Screen; onClose: () => void }) {
  const { client, data, notifications } = useServices()
  useStore(data)
  const onBoard = data.interviewById(screen.interviewId)
  const [fetched, setFetched] = useState<Interview | null>(null)

  useEffect(() => {
    if (onBoard) return
    let live = true
    client.getInterview({ id: screen.interviewId }).then(
      (interview) => live && setFetched(interview),
      (error: unknown) => {
        if (!live) return
        notifications.error(`That interview could not be opened: ${messageOf(error)}`)
        onClose()
      },
    )
    return () => {
      live = false
    }
  }, [client, notifications, onBoard, onClose, screen.interviewId])

  const interview = onBoard ?? fetched
  if (!interview) return null
  return screen.view === 'quick-debrief' ? (
    <QuickDebrief interview={interview} onClose={onClose} />
  ) : (
    <PrepareView interview={interview} onClose={onClose} />
  )
}
