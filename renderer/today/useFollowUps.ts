import { useEffect } from 'react'
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
