import { afterEach, describe, expect, it } from 'vitest'
import type { Interview } from '../../../shared/domain/interview'
import { NotesSearch } from '../../../electron/host/notes/search/notes-search'
import { EMPTY_NOTES_REVISION } from '../../../electron/host/notes/notes-store'
import { boardInterviews } from '../../bench/board-data'
import { makeTempDir } from './support'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/**
 * A search over `initial`, with no notes on disk. `onFileCheck` runs as the search checks a new
 * interview's notes file, which it does from inside its bulk slices: a test's way in at that moment.
 */
async function searchOver(initial: Interview[], onFileCheck: () => void = () => {}) {
  const { dir, cleanup } = await makeTempDir()
  const interviews = new Map(initial.map((interview) => [interview.id, interview]))
  const search = new NotesSearch({
    notes: { read: async () => ({ markdown: '', revision: EMPTY_NOTES_REVISION }), storedIds: async () => new Set() },
    interviews: () => interviews.values(),
    emit: () => {},
    exclusive: (task) => {
      onFileCheck()
      return task()
    },
    folder: dir,
    onWatchError: () => {},
  })
  cleanups.push(async () => {
    search.close()
    await cleanup()
  })
  await search.ready
  return { search, interviews }
}

const microtasks = async (count: number) => {
  for (let each = 0; each < count; each++) await Promise.resolve()
}

describe('NotesSearch', () => {
  it('finds an interview changed alone at any moment as a bulk change is being indexed', async () => {
    // The moment that mattered: a change that came as the bulk's last slice was done, before the
    // search had noted it was done, waited behind it for the next bulk change, and so did every change after.
    for (let delay = 0; delay < 40; delay++) {
      const [alone, ...bulk] = boardInterviews(151, new Date('2026-03-10T09:00:00.000Z'))
      const renamed = { ...alone!, company: `Renamed ${delay}` }
      let changedAlone = false
      const { search, interviews } = await searchOver([alone!], () => {
        if (changedAlone) return
        changedAlone = true
        void microtasks(delay).then(() => {
          interviews.set(renamed.id, renamed)
          search.interviewChanged(renamed.id, renamed)
        })
      })
      for (const interview of bulk) interviews.set(interview.id, interview)
      search.interviewsChanged(
        bulk.map((interview) => interview.id),
        (id) => interviews.get(id),
      )
      // The change alone has been made once the slice's microtasks are through; the query waits for the rest.
      await new Promise((resolve) => setTimeout(resolve, 0))
      const hits = await search.quickOpen(`Renamed ${delay}`, 5)
      expect(
        hits.map((hit) => hit.interviewId),
        `the change made ${delay} microtasks into the last slice`,
      ).toEqual([alone!.id])
      expect(await search.quickOpen(bulk[0]!.company, 200)).not.toHaveLength(0)
    }
  })
})
