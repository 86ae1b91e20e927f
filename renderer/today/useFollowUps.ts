import { useEffect, useState } from 'react'
import { useServices, useStore } from '../services/services'
import { followUpsFor, type FollowUpsModel, type FollowUpsState } from './followUpsModel'

/** The follow-ups due today, kept fresh for as long as the calling component is shown. */
export function useFollowUps(): FollowUpsState & { model: FollowUpsModel } {
  const { client } = useServices()
  const model = followUpsFor(client)
  useEffect(() => model.retain(), [model])
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
