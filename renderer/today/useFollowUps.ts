import { useEffect, useState } from 'react'
import { afterFirstScreen } from '../services/firstScreen'
import { useServices, useStore } from '../services/services'
import { followUpsFor, type FollowUpsModel, type FollowUpsState } from './followUpsModel'

/**
 * The follow-ups due today, kept fresh for as long as the calling component is shown. Asked for once
 * the board's first cards are painted: the status bar and activity bar show them, and their request
 * and answer would otherwise hold up that first paint.
 */
export function useFollowUps(): FollowUpsState & { model: FollowUpsModel } {
  const { client, data } = useServices()
  const model = followUpsFor(client)
  useEffect(() => {
    let release: (() => void) | undefined
    let shown = true
    void afterFirstScreen(data).then(() => {
      if (shown) release = model.retain()
    })
    return () => {
      shown = false
      release?.()
    }
  }, [model, data])
  return { ...useStore(model), model }
}

/** The current time, renewed every minute: enough for "due now" on a checklist. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
