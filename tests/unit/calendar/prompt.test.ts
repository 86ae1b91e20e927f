import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { debriefPromptTask, DEBRIEF_PROMPT_BODY, prepareTasks } from '../../../shared/calendar/prompt'
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
  start: '2026-10-20T07:00:00.000Z',
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
      view: 'quick-debrief',
    })
  })

  it('grouped with the same interview’s follow-ups, still opens the quick debrief; grouped across interviews, nothing', () => {
    const task = debriefPromptTask(link, interview, 10)!
    const thank = {
      id: randomUUID(),
      kind: 'thank-you-email',
      title: 'Thank Dana',
      due: '2026-10-20T17:00',
      status: 'open',
    } as const
    const now = new Date('2026-10-20T08:10:00Z')
    const grouped = reminderNotification(
      [
        { interview, task },
        { interview, task: thank },
      ],
      now,
      DEFAULT_PREFERENCES,
    )
    expect(grouped).toMatchObject({ title: '2 follow-ups are due', interviewId: interview.id, view: 'quick-debrief' })
    const other = { ...interview, id: randomUUID(), company: 'Globex' }
    const across = reminderNotification(
      [
        { interview, task },
        { interview: other, task: thank },
      ],
      now,
      DEFAULT_PREFERENCES,
    )
    expect(across).not.toHaveProperty('view')
    expect(across).not.toHaveProperty('interviewId')
  })

  it('is not asked about a cancelled interview, nor one added days after it ended', () => {
    expect(debriefPromptTask({ ...link, cancelled: true }, interview, 10)).toBeUndefined()
    expect(debriefPromptTask({ ...link, linkedAt: '2026-10-23T08:00:00.000Z' }, interview, 10)).toBeUndefined()
    // Added an hour after it ended: still fresh enough to ask.
    expect(debriefPromptTask({ ...link, linkedAt: '2026-10-20T09:00:00.000Z' }, interview, 10)).toBeDefined()
  })
})

describe('preparing for a next round from the calendar', () => {
  const second = { ...interview, round: 2, date: '2026-10-20', time: '16:00' }
  const settings = { prepareEveningAt: '19:00', prepareMinutesBefore: 60 }

  it('reminds the evening before and an hour before, on the interview’s clock', () => {
    const tasks = prepareTasks({ ...link, linkedAt: '2026-10-18T00:00:00.000Z' }, second, settings)
    // 07:00 UTC is 16:00 in Tokyo: an hour before is 15:00 there.
    expect(tasks.map((task) => [task.due, task.title])).toEqual([
      ['2026-10-19T19:00', 'Prepare for round 2 at Acme, 2026-10-20 16:00'],
      ['2026-10-20T15:00', 'Prepare for round 2 at Acme, 2026-10-20 16:00'],
    ])
  })

  it('leaves out a first round, a cancelled one, one turned off, and one already past when added', () => {
    expect(prepareTasks(link, { ...second, round: 1 }, settings)).toEqual([])
    expect(prepareTasks({ ...link, cancelled: true }, second, settings)).toEqual([])
    expect(prepareTasks(link, second, { prepareEveningAt: null, prepareMinutesBefore: null })).toEqual([])
    // Added at 12:00 in Tokyo on the day: the evening before has passed, an hour before has not.
    const addedThatMorning = { ...link, linkedAt: '2026-10-20T03:00:00.000Z' }
    expect(prepareTasks(addedThatMorning, second, settings).map((task) => task.due)).toEqual(['2026-10-20T15:00'])
  })
})
