import { describe, expect, it } from 'vitest'
import { followUpTaskSchema, type FollowUpTask } from '../../../shared/domain/interview'
import { generateTasks } from '../../../shared/workflow/generate'
import { wallTimeToInstant } from '../../../shared/workflow/time-zone'
import { interview, only, person, preferences, sequentialIds } from './fixtures'

const NOW = new Date('2026-10-23T12:00:00Z')

function generate(subject: ReturnType<typeof interview>, prefs = preferences(), now = NOW): FollowUpTask[] {
  return generateTasks(subject, prefs, { newId: sequentialIds(), now })
}

function ofKind(tasks: FollowUpTask[], kind: string): FollowUpTask[] {
  return tasks.filter((task) => task.kind === kind)
}

const dana = person('Dana Smith', { linkedin: 'https://www.linkedin.com/in/dana' })
const lee = person('Lee Park')
const sam = person('Sam Ortiz')

describe('the follow-up checklist of a new interview', () => {
  const berlin = interview({ interviewers: [dana, lee], arrangers: [sam] })

  it('asks for the decision details at the start of the interview while they are missing', () => {
    const ask = only(ofKind(generate(berlin), 'ask-decision-details'))
    expect(ask.due).toBe('2026-10-23T10:00')
    expect(ask.title).toMatch(/when they will decide, who will tell you, and how/)
  })

  it('stops asking once the decision date and channel are known', () => {
    const known = interview({ decision: { expectedDate: '2026-11-06', channel: 'email' } })
    expect(ofKind(generate(known), 'ask-decision-details')).toEqual([])
    const dateOnly = interview({ decision: { expectedDate: '2026-11-06' } })
    expect(ofKind(generate(dateOnly), 'ask-decision-details')).toHaveLength(1)
  })

  it('asks only for what is not noted yet: not the date again once it is entered', () => {
    const dateOnly = interview({ decision: { expectedDate: '2026-11-06' } })
    expect(only(ofKind(generate(dateOnly), 'ask-decision-details')).title).toBe(
      'Ask how they will tell you the decision',
    )
    const channelOnly = interview({ decision: { channel: 'phone' } })
    expect(only(ofKind(generate(channelOnly), 'ask-decision-details')).title).toBe('Ask when they will decide')
  })

  it('asks for each interviewer’s card at the interview, except cards already collected', () => {
    const withCard = interview({ interviewers: [dana, { ...lee, cardCollected: true }] })
    const cards = ofKind(generate(withCard), 'collect-card')
    expect(cards.map((task) => [task.title, task.personId, task.due])).toEqual([
      ["Get Dana Smith's business card", dana.id, '2026-10-23T10:00'],
    ])
  })

  it('on video or the phone asks for the email address of those whose address is not known, not for a card', () => {
    const withAddress = { ...lee, email: 'lee@acme.example' }
    for (const format of ['video', 'phone'] as const) {
      const remote = interview({ format, interviewers: [dana, withAddress] })
      expect(ofKind(generate(remote), 'collect-card').map((task) => [task.title, task.personId, task.due])).toEqual([
        ['Ask Dana Smith for their email address', dana.id, '2026-10-23T10:00'],
      ])
    }
    // In person the card is asked for all the same while its title is not in the record either.
    expect(ofKind(generate(interview({ interviewers: [withAddress] })), 'collect-card')).toHaveLength(1)
  })

  it('in person stops asking for a card whose title and email address are in the record', () => {
    const fromCard = { ...lee, title: 'Head of Design', email: 'lee@acme.example' }
    const cards = ofKind(generate(interview({ interviewers: [dana, fromCard] })), 'collect-card')
    expect(cards.map((task) => task.personId)).toEqual([dana.id])
  })

  it('thanks every interviewer and arranger by email by the end of the working day', () => {
    const thanks = ofKind(generate(berlin), 'thank-you-email')
    expect(thanks.map((task) => task.title)).toEqual([
      'Send a thank-you email to Dana Smith',
      'Send a thank-you email to Lee Park',
      'Send a thank-you email to Sam Ortiz',
    ])
    expect(thanks.map((task) => task.personId)).toEqual([dana.id, lee.id, sam.id])
    expect(new Set(thanks.map((task) => task.due))).toEqual(new Set(['2026-10-23T17:30']))
  })

  it('thanks a person who both interviewed and arranged it once', () => {
    const both = interview({ interviewers: [dana], arrangers: [dana] })
    expect(ofKind(generate(both), 'thank-you-email')).toHaveLength(1)
  })

  it('asks for the written summary and a LinkedIn request to each interviewer the same day, with or without their profile', () => {
    const tasks = generate(berlin)
    expect(only(ofKind(tasks, 'write-summary')).due).toBe('2026-10-23T17:30')
    const linkedin = ofKind(tasks, 'linkedin-request')
    expect(linkedin.map((task) => [task.title, task.due])).toEqual([
      ['Send Dana Smith a LinkedIn request with a short note', '2026-10-23T17:30'],
      ['Send Lee Park a LinkedIn request with a short note', '2026-10-23T17:30'],
    ])
  })

  it('moves the same-day steps to the evening when the interview runs past working hours, before quiet hours', () => {
    const late = interview({ time: '17:00', interviewers: [dana] })
    // The end of the day, 23:59, fell in the quiet hours (22:00–07:00): a quarter hour before they begin.
    expect(only(ofKind(generate(late), 'thank-you-email')).due).toBe('2026-10-23T21:45')
    expect(only(ofKind(generate(late, preferences({ quietHours: null })), 'thank-you-email')).due).toBe(
      '2026-10-23T23:59',
    )
    const endsAtFive = interview({ time: '16:30', interviewers: [dana] })
    expect(only(ofKind(generate(endsAtFive), 'thank-you-email')).due).toBe('2026-10-23T17:30')
    // Still going at 21:45: the morning after, when the quiet hours end.
    const evening = interview({ time: '21:30', interviewers: [dana] })
    expect(only(ofKind(generate(evening), 'thank-you-email')).due).toBe('2026-10-24T07:00')
  })

  it('keeps the working-day steps of an interview on another clock out of the user’s quiet hours', () => {
    // 09:30 in New York is 15:30 in Berlin; the end of New York's working day, 17:30, is 23:30 in Berlin.
    const abroad = interview({ time: '09:30', timeZone: 'America/New_York', interviewers: [dana] })
    const tasks = generateTasks(abroad, preferences(), { newId: sequentialIds(), now: NOW, userZone: 'Europe/Berlin' })
    // 21:45 in Berlin, 15:45 in New York: it was due at 23:30 the user's time, and reminded the next morning.
    expect(only(ofKind(tasks, 'thank-you-email')).due).toBe('2026-10-23T15:45')
    expect(only(ofKind(tasks, 'write-summary')).due).toBe('2026-10-23T15:45')
    // Seen from New York itself, its own working day stands.
    expect(only(ofKind(generate(abroad), 'thank-you-email')).due).toBe('2026-10-23T17:30')
  })

  it('follows the user’s end of working day', () => {
    const prefs = preferences({ workingHours: { start: '08:00', end: '16:00' } })
    expect(only(ofKind(generate(berlin, prefs), 'write-summary')).due).toBe('2026-10-23T16:00')
  })

  it('lists the tasks in due order, all open, with new ids, in the stored shape', () => {
    const tasks = generate(berlin)
    const dues = tasks.map((task) => task.due)
    expect(dues).toEqual([...dues].sort())
    expect(new Set(tasks.map((task) => task.id)).size).toBe(tasks.length)
    for (const task of tasks) {
      expect(task.status).toBe('open')
      expect(followUpTaskSchema.parse(task)).toEqual(task)
    }
  })
})

describe('the formal letter a few days later', () => {
  it('is due three working days after a Friday interview in Berlin, at 17:30 after the clocks go back', () => {
    const friday = interview({ date: '2026-10-23', interviewers: [dana, lee] })
    const letters = ofKind(generate(friday), 'formal-letter')
    expect(letters.map((task) => [task.title, task.due])).toEqual([
      ['Send a formal thank-you letter to Dana Smith', '2026-10-28T17:30'],
      ['Send a formal thank-you letter to Lee Park', '2026-10-28T17:30'],
    ])
    // Same wall time as the same-day steps, one more hour of UTC offset difference: CEST then CET.
    expect(wallTimeToInstant('2026-10-23T17:30', 'Europe/Berlin').toISOString()).toBe('2026-10-23T15:30:00.000Z')
    expect(wallTimeToInstant(letters[0]!.due, 'Europe/Berlin').toISOString()).toBe('2026-10-28T16:30:00.000Z')
  })

  it('is due after the US switch for a Thursday interview in New York', () => {
    const thursday = interview({ date: '2026-10-29', timeZone: 'America/New_York', interviewers: [dana] })
    const letter = only(ofKind(generate(thursday), 'formal-letter'))
    expect(letter.due).toBe('2026-11-03T17:30')
    expect(wallTimeToInstant(letter.due, 'America/New_York').toISOString()).toBe('2026-11-03T22:30:00.000Z')
  })

  it('counts calendar days when business days are off, and the user’s number of days', () => {
    const friday = interview({ date: '2026-10-23', interviewers: [dana] })
    const calendar = preferences({ businessDays: false })
    expect(only(ofKind(generate(friday, calendar), 'formal-letter')).due).toBe('2026-10-26T17:30')
    const fiveDays = preferences({ fewDays: 5 })
    expect(only(ofKind(generate(friday, fiveDays), 'formal-letter')).due).toBe('2026-10-30T17:30')
  })
})

describe('the result inquiry', () => {
  it('is due at the first good call window after the decision date, named for who informs and how', () => {
    const decision = { expectedDate: '2026-10-30', channel: 'phone' as const, informerName: 'Dana Smith' }
    const inquiry = only(ofKind(generate(interview({ decision })), 'inquire-result'))
    expect(inquiry.due).toBe('2026-11-02T10:00')
    expect(inquiry.title).toBe('Call Dana Smith to ask about the result')
  })

  it('names HR at the company when HR informs by email', () => {
    const decision = { expectedDate: '2026-11-04', channel: 'email' as const, informer: 'hr' as const }
    const inquiry = only(ofKind(generate(interview({ timeZone: 'America/New_York', decision })), 'inquire-result'))
    expect(inquiry.title).toBe('Email HR at Acme to ask about the result')
    expect(inquiry.due).toBe('2026-11-05T10:00')
  })

  it('names the one interviewer when “the interviewer” will tell and no name is given, as the message does', () => {
    // It said "Email Acme to ask about the result" above "Email Dana …" (a walkthrough).
    const decision = { expectedDate: '2026-11-04', channel: 'email' as const, informer: 'interviewer' as const }
    const inquiry = only(ofKind(generate(interview({ decision, interviewers: [dana] })), 'inquire-result'))
    expect(inquiry.title).toBe(`Email ${dana.name} to ask about the result`)
    // Of two, the message cannot know which either: the company, until the user names them.
    const two = interview({ decision, interviewers: [dana, person('Ben Ortiz')] })
    expect(only(ofKind(generate(two), 'inquire-result')).title).toBe('Email Acme to ask about the result')
  })

  it('is not asked for without a decision date, nor once an outcome is in', () => {
    expect(ofKind(generate(interview()), 'inquire-result')).toEqual([])
    const decided = interview({ decision: { expectedDate: '2026-10-30', channel: 'phone' } }, 'offer')
    expect(ofKind(generate(decided), 'inquire-result')).toEqual([])
  })
})

describe('outcome tasks', () => {
  it('asks to answer an offer within the user’s hours of when it came in', () => {
    const offer = interview({}, 'offer')
    const reply = only(ofKind(generate(offer, preferences(), new Date('2026-11-02T09:15:00Z')), 'reply-quickly'))
    expect(reply).toMatchObject({ title: 'Reply to the offer from Acme', due: '2026-11-02T12:15' })
    const withinFour = generate(offer, preferences({ replyWithinHours: 4 }), new Date('2026-11-02T09:15:00Z'))
    expect(only(ofKind(withinFour, 'reply-quickly')).due).toBe('2026-11-02T14:15')
  })

  it('after a rejection, asks to thank each interviewer by email by the end of the next working day', () => {
    const rejected = interview({ timeZone: 'America/New_York', interviewers: [dana, lee] }, 'not-selected')
    // Friday 2026-10-30, 15:00 in New York.
    const tasks = generate(rejected, preferences(), new Date('2026-10-30T19:00:00Z'))
    expect(ofKind(tasks, 'thank-after-rejection').map((task) => [task.title, task.personId, task.due])).toEqual([
      ['Email Dana Smith to thank them for the interview', dana.id, '2026-11-02T17:30'],
      ['Email Lee Park to thank them for the interview', lee.id, '2026-11-02T17:30'],
    ])
    expect(ofKind(tasks, 'reply-quickly')).toEqual([])
  })

  it('takes the day the rejection came in from the interview’s zone, not UTC', () => {
    const rejected = interview({ timeZone: 'America/New_York', interviewers: [dana] }, 'not-selected')
    // 02:00 UTC on Tuesday is still Monday evening in New York.
    const tasks = generate(rejected, preferences(), new Date('2026-11-03T02:00:00Z'))
    expect(only(ofKind(tasks, 'thank-after-rejection')).due).toBe('2026-11-03T17:30')
  })
})
