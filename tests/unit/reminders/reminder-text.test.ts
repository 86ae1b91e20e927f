import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { reminderLine, reminderNotification } from '../../../shared/workflow/reminder-text'
import { inquiry, interview, task } from './support'

const acme = interview({ company: 'Acme', decision: { expectedDate: '2026-06-09', channel: 'phone' } })
const acmeInquiry = { interview: acme, task: inquiry('2026-06-10T10:00') }

describe('the words of one reminder', () => {
  it('tells whom to call about which interview, when the decision was due, and a good time to call', () => {
    // Thursday 12:15 in Berlin: lunch, so the afternoon window.
    const note = reminderNotification([acmeInquiry], new Date('2026-06-11T10:15:00Z'), DEFAULT_PREFERENCES)
    expect(note).toEqual({
      title: 'Follow up with Acme',
      body:
        'Call Acme to ask for the result of your Backend Engineer interview — the decision was due Tue, Jun 9. ' +
        'Good time to call: 13:30–16:30.',
      interviewId: acme.id,
      taskId: acmeInquiry.task.id,
    })
  })

  it('gives the rest of a window already open, and names the day when the next window is not today', () => {
    const line = (iso: string) => reminderLine(acmeInquiry, new Date(iso), DEFAULT_PREFERENCES)
    expect(line('2026-06-10T08:40:00Z')).toMatch(/due yesterday\. Good time to call: 10:45–12:00\.$/)
    expect(line('2026-06-10T18:00:00Z')).toMatch(/Good time to call: tomorrow 10:00–12:00\.$/)
    // Friday 16:45: the next window is Monday's. Each day has its date: "Tuesday" and "Monday" read alike.
    expect(line('2026-06-12T14:45:00Z')).toMatch(/due Tue, Jun 9\. Good time to call: Mon, Jun 15, 10:00–12:00\.$/)
    expect(line('2026-06-25T08:00:00Z')).toMatch(/the decision was due Tue, Jun 9\./)
    expect(line('2027-01-05T08:00:00Z')).toMatch(/the decision was due Tue, Jun 9, 2026\./)
  })

  it('reads the window in the interview’s zone and from the user’s working hours', () => {
    const newYork = interview({ timeZone: 'America/New_York', decision: { expectedDate: '2026-06-09' } })
    const prefs = { ...DEFAULT_PREFERENCES, workingHours: { start: '08:00', end: '16:00' } }
    // 13:00 UTC is 09:00 in New York, before the first working hour is over.
    const line = reminderLine(
      { interview: newYork, task: inquiry('2026-06-10T09:00') },
      new Date('2026-06-10T13:00:00Z'),
      prefs,
    )
    expect(line).toBe(
      'Ask Acme for the result of your Backend Engineer interview — the decision was due yesterday. ' +
        'Good time to call: 09:00–12:00.',
    )
  })

  it('names the person who gives the answer with their company, and says to write for an email', () => {
    const byEmail = interview({
      company: 'Globex',
      role: 'Designer',
      decision: { expectedDate: '2026-06-09', channel: 'email', informer: 'hr', informerName: 'Dana Reyes' },
    })
    const line = reminderLine(
      { interview: byEmail, task: inquiry('2026-06-10T10:00') },
      new Date('2026-06-10T08:40:00Z'),
      DEFAULT_PREFERENCES,
    )
    expect(line).toBe(
      'Email Dana Reyes at Globex to ask for the result of your Designer interview — the decision was due yesterday. ' +
        'Good time to send it: 10:45–12:00.',
    )
  })

  it('says what to do and for which interview for the other follow-ups', () => {
    const thanks = task('2026-06-01T17:30', { kind: 'thank-you-email', title: 'Send a thank-you email to Dana Reyes' })
    const note = reminderNotification(
      [{ interview: acme, task: thanks }],
      new Date('2026-06-01T16:00:00Z'),
      DEFAULT_PREFERENCES,
    )
    expect(note.title).toBe('Follow up with Acme')
    expect(note.body).toBe('Send a thank-you email to Dana Reyes — your Backend Engineer interview at Acme.')
  })
})

describe('several reminders at once', () => {
  const globex = interview({ company: 'Globex', role: 'Designer' })
  const now = new Date('2026-06-11T08:00:00Z')

  it('become one notification that counts them, leads with the result inquiry and lists the first three', () => {
    const reminders = [
      { interview: globex, task: task('2026-06-02T17:30', { title: 'Write your summary of the interview' }) },
      {
        interview: globex,
        task: task('2026-06-01T17:30', { kind: 'thank-you-email', title: 'Send a thank-you email to Lee Park' }),
      },
      acmeInquiry,
      {
        interview: acme,
        task: task('2026-06-04T17:30', { kind: 'formal-letter', title: 'Send a formal thank-you letter to Lee Park' }),
      },
      {
        interview: acme,
        task: task('2026-06-05T17:30', {
          kind: 'linkedin-request',
          title: 'Send Lee Park a LinkedIn request with a short note',
        }),
      },
    ]
    const note = reminderNotification(reminders, now, DEFAULT_PREFERENCES)
    expect(note.title).toBe('5 follow-ups are due')
    expect(note.body.split('\n')).toEqual([
      'Call Acme to ask for the result of your Backend Engineer interview — the decision was due Tue, Jun 9. Good time to call: 10:00–12:00.',
      'Send a thank-you email to Lee Park — your Designer interview at Globex.',
      'Write your summary of the interview — your Designer interview at Globex.',
      '…and 2 more in Debrief.',
    ])
    expect(note.interviewId).toBeUndefined()
  })

  it('of any number lead with the same three a full sort by importance would, ties kept in the order they came', () => {
    // Due times drawn from a few days, so many tie; every seventh is a result inquiry.
    const reminders = Array.from({ length: 400 }, (_, index) => {
      const day = String(1 + ((index * 37) % 9)).padStart(2, '0')
      const due = `2026-06-${day}T${index % 2 ? '09:00' : '17:30'}`
      return index % 7 === 3
        ? { interview: interview({ company: `Inquiry ${index}` }), task: inquiry(due) }
        : { interview: globex, task: task(due, { title: `Task ${index}` }) }
    })
    const rank = (reminder: (typeof reminders)[number]) =>
      `${reminder.task.kind === 'inquire-result' ? 0 : 1}|${reminder.task.due}`
    const sorted = [...reminders].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0))
    const note = reminderNotification(reminders, now, DEFAULT_PREFERENCES)
    expect(note.title).toBe('400 follow-ups are due')
    expect(note.body.split('\n')).toEqual([
      ...sorted.slice(0, 3).map((reminder) => reminderLine(reminder, now, DEFAULT_PREFERENCES)),
      '…and 397 more in Debrief.',
    ])
  })

  it('point to the interview when they all belong to one', () => {
    const summary = task('2026-06-02T17:30')
    const note = reminderNotification([acmeInquiry, { interview: acme, task: summary }], now, DEFAULT_PREFERENCES)
    expect(note.title).toBe('2 follow-ups are due')
    expect(note.body.split('\n')).toHaveLength(2)
    expect(note.interviewId).toBe(acme.id)
  })
})
