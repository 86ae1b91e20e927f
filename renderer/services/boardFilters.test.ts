import { describe, expect, it } from 'vitest'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { applyFilter } from './boardFilters'

const now = new Date('2026-03-10T09:00:00Z')

function interview(company: string, extra: Partial<Interview> = {}): Interview {
  return {
    id: company,
    company,
    role: 'Engineer',
    timeZone: 'UTC',
    interviewers: [],
    arrangers: [],
    tasks: [],
    ...extra,
  } as Interview
}

function task(due: string, status: FollowUpTask['status'] = 'open'): FollowUpTask {
  return { id: crypto.randomUUID(), kind: 'write-summary', title: 'Write it', due, status }
}

const companies = (list: readonly Interview[]) => list.map((each) => each.company)

describe('the board filter', () => {
  const board = [
    interview('Acme', { role: 'Data analyst' }),
    interview('Globex', { interviewers: [{ name: 'Dana Reyes' } as Interview['interviewers'][number]] }),
    interview('Initech', { arrangers: [{ name: 'Sam Lee' } as Interview['arrangers'][number]] }),
  ]

  it('matches company, role and the names of people met, in any case, and passes everything when empty', () => {
    expect(companies(applyFilter(board, { query: 'ACME', needsAction: false }, now))).toEqual(['Acme'])
    expect(companies(applyFilter(board, { query: 'analyst', needsAction: false }, now))).toEqual(['Acme'])
    expect(companies(applyFilter(board, { query: ' dana ', needsAction: false }, now))).toEqual(['Globex'])
    expect(companies(applyFilter(board, { query: 'sam', needsAction: false }, now))).toEqual(['Initech'])
    expect(applyFilter(board, { query: '  ', needsAction: false }, now)).toBe(board)
  })

  it('"needs action" keeps interviews with an open follow-up overdue or due by the end of today', () => {
    const list = [
      interview('Overdue', { tasks: [task('2026-03-01T17:00')] }),
      interview('Tonight', { tasks: [task('2026-03-10T23:30')] }),
      interview('Tomorrow', { tasks: [task('2026-03-11T00:30')] }),
      interview('Done', { tasks: [task('2026-03-01T17:00', 'done')] }),
      interview('Snoozed', { tasks: [{ ...task('2026-03-01T17:00'), snoozedUntil: '2026-03-20T09:00' }] }),
    ]
    // The end of today is worked out in the machine's zone and read on each interview's clock (UTC here).
    const endOfToday = new Date(now)
    endOfToday.setHours(23, 59, 59, 999)
    const kept = companies(applyFilter(list, { query: '', needsAction: true }, now))
    expect(kept).toContain('Overdue')
    expect(kept).not.toContain('Done')
    expect(kept).not.toContain('Snoozed')
    expect(kept.includes('Tonight')).toBe(endOfToday.toISOString() >= '2026-03-10T23:30')
    expect(kept.includes('Tomorrow')).toBe(endOfToday.toISOString() >= '2026-03-11T00:30')
  })
})
