import { useEffect, useState } from 'react'
import type { Interview } from '../../shared/domain/interview'
import { useServices, useStore } from '../services/services'

export type InterviewLookup =
  | { status: 'found'; interview: Interview }
  | { status: 'loading'; interview?: undefined }
  | { status: 'gone'; interview?: undefined }

/**
 * The interview a tab shows: from the window's list when it is there, else fetched from the host
 * (an archived interview opened from search or Insights), then kept as the host's events carry it.
 */
export function useInterview(id: string): InterviewLookup {
  const { client, data } = useServices()
  const { interviews, archived, status } = useStore(data)
  const listed =
    interviews.find((candidate) => candidate.id === id) ?? archived?.find((candidate) => candidate.id === id)
  const isListed = listed !== undefined
  const [fetched, setFetched] = useState<{ id: string; interview: Interview | null } | null>(null)

  useEffect(() => {
    if (isListed || status === 'loading') return
    let current = true
    const fetch = () =>
      client.getInterview({ id }).then(
        (interview) => current && setFetched({ id, interview }),
        () => current && setFetched({ id, interview: null }),
      )
    void fetch()
    const stop = client.onEvent((event) => {
      if (event.topic !== 'interviews') return
      if (event.ids.length === 0) void fetch()
      else if (event.ids.includes(id))
        setFetched({ id, interview: event.interviews.find((each) => each.id === id) ?? null })
    })
    return () => {
      current = false
      stop()
    }
  }, [client, id, isListed, status])

  if (listed) return { status: 'found', interview: listed }
  if (fetched?.id === id)
    return fetched.interview ? { status: 'found', interview: fetched.interview } : { status: 'gone' }
  return { status: 'loading' }
}
