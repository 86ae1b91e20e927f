import { userTimeZone } from '../format/interviewTime'
import type { Services } from '../services/services'

/** Sample interviews, dated around today in the user's own time zone; one click takes them away again. */
export async function loadSampleInterviews({ board, client, data, notifications, workbench }: Services): Promise<void> {
  workbench.showBoard()
  const { ids } = await client.loadSamples({ timeZone: userTimeZone() })
  await Promise.all([data.refreshInterviewsById(ids), data.refreshSamples()])
  const message = `Added ${ids.length} sample interviews. Remove them from the board's toolbar when you are done.`
  board.announce(message)
  notifications.show(message)
}

export async function removeSampleInterviews({ board, client, data, notifications }: Services): Promise<void> {
  const { ids } = await client.removeSamples({})
  await Promise.all([data.refreshInterviewsById(ids), data.refreshSamples()])
  const message = ids.length ? `Removed ${ids.length} sample interviews.` : 'There are no sample interviews to remove.'
  board.announce(message)
  notifications.show(message)
}
