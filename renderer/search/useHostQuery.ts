import { useEffect, useState } from 'react'
import type { HostEvent } from '../../shared/api/contract'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'

export interface HostQuery<T> {
  /** The latest answer; while a new call is on its way, the previous call's answer. */
  value: T | null
  error: string | null
  /** True until the current `load` has answered. */
  loading: boolean
}

/** Notes and interviews change in bursts (autosave, a board drag); one refetch after a burst is enough. */
const REFRESH_DELAY_MS = 200

interface Answer<T> {
  load: () => Promise<T>
  value: T | null
  error: string | null
}

/**
 * The answer of a host call, fetched again when `load` changes (a new query) and after host events
 * that may change it; null `load` asks nothing. An answer that arrives after a newer call started is dropped.
 */
export function useHostQuery<T>(
  load: (() => Promise<T>) | null,
  refreshOn: (event: HostEvent) => boolean,
): HostQuery<T> {
  const { client } = useServices()
  const [answer, setAnswer] = useState<Answer<T> | null>(null)

  useEffect(() => {
    if (!load) return
    let current = true
    let latest = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const fetch = () => {
      const call = ++latest
      const isLatest = () => current && call === latest
      load().then(
        (value) => isLatest() && setAnswer({ load, value, error: null }),
        (error: unknown) =>
          isLatest() && setAnswer((previous) => ({ load, value: previous?.value ?? null, error: messageOf(error) })),
      )
    }
    fetch()
    const stop = client.onEvent((event) => {
      if (!refreshOn(event)) return
      clearTimeout(timer)
      timer = setTimeout(fetch, REFRESH_DELAY_MS)
    })
    return () => {
      current = false
      clearTimeout(timer)
      stop()
    }
  }, [client, load, refreshOn])

  if (!load) return { value: null, error: null, loading: false }
  return { value: answer?.value ?? null, error: answer?.error ?? null, loading: answer?.load !== load }
}
