import { userTimeZone } from '../format/interviewTime'
import type { Services } from '../services/services'
import { askConfirm } from '../ui/ConfirmDialog'

/** Sample interviews, dated around today in the user's own time zone; one click takes them away again. */
export async function loadSampleInterviews({ board, client, data, notifications, workbench }: Services): Promise<void> {
  workbench.showBoard()
  const { ids } = await client.loadSamples({ timeZone: userTimeZone() })
  await Promise.all([data.refreshInterviewsById(ids), data.refreshSamples()])
  const message = `Added ${ids.length} sample interviews. Each is badged “Sample”; remove them from the board's More actions (…) when you are done.`
  board.announce(message)
  notifications.done(message)
}

/** Asks first, in an in-app dialog: the samples may have been edited, and removing them cannot be undone from here. */
export async function removeSampleInterviews({ board, client, data, notifications }: Services): Promise<void> {
  const count = data.state.sampleIds.length
  if (count === 0) {
    notifications.info('There are no sample interviews to remove.')
    return
  }
  const confirmed = await askConfirm({
    title: 'Remove the sample interviews?',
    message: `The ${count} sample interviews leave the board, with their follow-ups and notes. Your own interviews stay.`,
    confirmLabel: `Remove ${count} samples`,
    danger: true,
  })
  if (!confirmed) return
  const { ids } = await client.removeSamples({})
  await Promise.all([data.refreshInterviewsById(ids), data.refreshSamples()])
  const message = ids.length ? `Removed ${ids.length} sample interviews.` : 'There are no sample interviews to remove.'
  board.announce(message)
  if (ids.length) notifications.done(message)
  else notifications.info(message)
}
