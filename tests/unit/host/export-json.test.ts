import { describe, expect, it } from 'vitest'
import { exportJson } from '../../../electron/host/backup/export'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'
import { boardInterviews } from '../../bench/board-data'

describe('the JSON export, written a slice at a time', () => {
  it.each([0, 1, 600])('is what JSON.stringify writes for the whole file, with %i interviews', async (count) => {
    const interviews = boardInterviews(count, new Date('2025-03-10T13:00:00.000Z'))
    const notes = new Map(
      interviews.filter((_, index) => index % 3 === 0).map((each) => [each.id, `# ${each.company}\n"quoted"`]),
    )
    let pauses = 0
    const text = await exportJson(
      interviews,
      async (id) => notes.get(id) ?? '',
      async () => void pauses++,
    )
    const whole = { schemaVersion: INTERVIEWS_SCHEMA_VERSION, interviews, notes: Object.fromEntries(notes) }
    expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`)
    expect(pauses).toBe(Math.ceil(count / 250))
  })
})
