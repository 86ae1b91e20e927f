import { describe, expect, it } from 'vitest'
import { shareRepeatedStrings } from '../../../electron/host/interviews/shared-strings'
import { boardInterviews } from '../../bench/board-data'

describe('shareRepeatedStrings', () => {
  it('leaves every interview holding what it held', async () => {
    const interviews = boardInterviews(200, new Date('2025-03-10T09:00:00.000Z'))
    // Parsed, as the snapshot is read: equal strings are separate copies.
    const parsed = JSON.parse(JSON.stringify(interviews)) as typeof interviews
    await shareRepeatedStrings(parsed)
    expect(parsed).toEqual(interviews)
    expect(parsed.flatMap((each) => each.tasks).filter((task) => task.personId).length).toBeGreaterThan(0)
  })

  it('lets other work run between its slices', async () => {
    const parsed = JSON.parse(JSON.stringify(boardInterviews(50, new Date()))) as ReturnType<typeof boardInterviews>
    let turns = 0
    const counting = setInterval(() => turns++, 0)
    await shareRepeatedStrings(parsed, 0)
    clearInterval(counting)
    expect(turns).toBeGreaterThan(0)
  })
})
