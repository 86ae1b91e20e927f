import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { debriefPromptTask, DEBRIEF_PROMPT_BODY } from '../../../shared/calendar/prompt'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { reminderNotification } from '../../../shared/workflow/reminder-text'

const interview = {
  id: randomUUID(),
  company: 'Acme',
  role: 'Analyst',
  timeZone: 'Asia/Tokyo',
  decision: { expectedDate: '', informer: 'interviewer', informerName: '', channel: '' },
} as const

const link = {
  interviewId: interview.id,
  end: '2026-10-20T08:00:00.000Z',
  linkedAt: '2026-10-19T10:00:00.000Z',
  cancelled: false,
}

describe('"How did it go?" after an interview from the calendar', () => {
  it('comes the set number of minutes after the end, on the interview’s clock, worded for the moment', () => {
    const task = debriefPromptTask(link, interview, 10)!
    // 08:00 UTC is 17:00 in Tokyo.
    expect(task).toMatchObject({ due: '2026-10-20T17:10', title: 'How did it go at Acme?', status: 'open' })
    expect(reminderNotification([{ interview, task }], new Date('2026-10-20T08:10:00Z'), DEFAULT_PREFERENCES)).toEqual({
      title: 'How did it go at Acme?',
      body: DEBRIEF_PROMPT_BODY,
      interviewId: interview.id,
    })
  })

  it('is not asked about a cancelled interview, nor one added days after it ended', () => {
    expect(debriefPromptTask({ ...link, cancelled: true }, interview, 10)).toBeUndefined()
    expect(debriefPromptTask({ ...link, linkedAt: '2026-10-23T08:00:00.000Z' }, interview, 10)).toBeUndefined()
    // Added an hour after it ended: still fresh enough to ask.
    expect(debriefPromptTask({ ...link, linkedAt: '2026-10-20T09:00:00.000Z' }, interview, 10)).toBeDefined()
  })
})
