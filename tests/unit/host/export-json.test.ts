import { describe, expect, it } from 'vitest'
import { exportJsonPieces, inBoardOrder } from '../../../electron/host/backup/export'
import { compareBoardOrder } from '../../../shared/domain/order'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'
import { boardInterviews } from '../../bench/board-data'

describe('the JSON export, written a piece at a time', () => {
  it.each([0, 1, 600])('is what JSON.stringify writes for the whole file, with %i interviews', async (count) => {
    const interviews = boardInterviews(count, new Date('2025-03-10T13:00:00.000Z'))
    const notes = new Map(
      interviews.filter((_, index) => index % 3 === 0).map((each) => [each.id, `# ${each.company}\n"quoted"`]),
    )
    const pieces: string[] = []
    for await (const piece of exportJsonPieces(interviews, async (id) => notes.get(id) ?? '', 0)) pieces.push(piece)
    const whole = { schemaVersion: INTERVIEWS_SCHEMA_VERSION, interviews, notes: Object.fromEntries(notes) }
    expect(pieces.join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`)
    // Without time for more, a piece holds one interview; the notes of 250 interviews at most.
    expect(pieces.length).toBe(3 + count + Math.ceil(count / 250))
  })
})

describe('the order of an export', () => {
  it('is board order, stage by stage, however the board holds its interviews', async () => {
    const interviews = boardInterviews(300, new Date('2025-03-10T13:00:00.000Z'))
    const shuffled = interviews.map((each, index) => ({ each, key: (index * 7919) % 300 }))
    shuffled.sort((a, b) => a.key - b.key)
    const ordered = await inBoardOrder(shuffled.map(({ each }) => each))
    expect(ordered).toEqual([...interviews].sort(compareBoardOrder))
  })
})
