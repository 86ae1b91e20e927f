import { describe, expect, it } from 'vitest'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { interviewToSummarise } from './summaryLead'

const NOW = new Date('2026-12-05T12:00:00Z')

function interview(company: string, date: string, time: string, summary: FollowUpTask['status'] | null): Interview {
  const tasks = summary
    ? [
        {
          id: `${company}-s`,
          kind: 'write-summary',
          title: 'Write your summary',
          due: `${date}T17:30`,
          status: summary,
        },
      ]
    : []
  return { id: company, company, date, time, timeZone: 'Europe/Berlin', archived: false, tasks } as unknown as Interview
}

describe('the interview an empty Insights leads to', () => {
  it('is the latest held whose summary is still to write', () => {
    const older = interview('Acme', '2026-11-20', '10:00', 'open')
    const newer = interview('Globex', '2026-12-01', '10:00', 'open')
    const written = interview('Initech', '2026-12-03', '10:00', 'done')
    expect(interviewToSummarise([older, written, newer], NOW)?.company).toBe('Globex')
  })

  it('is never one still to come; with every summary written, the latest held', () => {
    const ahead = interview('Hooli', '2026-12-09', '10:00', 'open')
    const written = interview('Initech', '2026-12-03', '10:00', 'done')
    const earlier = interview('Acme', '2026-11-20', '10:00', 'done')
    expect(interviewToSummarise([ahead, earlier, written], NOW)?.company).toBe('Initech')
    expect(interviewToSummarise([ahead], NOW)).toBeUndefined()
  })
})
