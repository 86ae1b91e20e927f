import { userTimeZone } from '../format/interviewTime'
import type { Services } from '../services/services'
import { askConfirm } from '../ui/ConfirmDialog'

/** Sample interviews, dated around today in the user's own time zone; one click takes them away again. */
export async function loadSampleInterviews({ board, client, data, notifications, workbench }: Services): Promise<void> {
  workbench.showBoard()
  const before = new Set(data.state.sampleIds)
  const { ids } = await client.loadSamples({ timeZone: userTimeZone() })
  await Promise.all([data.refreshInterviewsById(ids), data.refreshSamples()])
  // Loaded again, the host answers with the samples already there: "Added 6" would say what did not happen.
  const added = ids.filter((id) => !before.has(id)).length
  const message =
    added > 0
      ? `Added ${added} sample interviews. Each is badged “Sample”; remove them from the board's More actions (…) when you are done.`
      : `The sample interviews are already on the board: remove them from the board's More actions (…) when you are done.`
  board.announce(message)
  if (added > 0) notifications.done(message)
  else notifications.info(message)
}

/** Asks first, in an in-app dialog: the samples may have been edited, and removing them cannot be undone from here. */
export async function removeSampleInterviews({ board, client, data, notifications }: Services): Promise<void> {
  const count = data.state.sampleIds.length
  if (count === 0) {
    notifications.refused('There are no sample interviews to remove.')
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
