import { describe, expect, it } from 'vitest'
import type { FollowUpItem, FollowUpList } from '../../shared/api/contract'
import { attentionOf, dueCountText, groupFollowUps, nextFollowUpText } from './todayGroups'

// Local dates: the wording counts calendar days on the user's own clock, whatever the machine's zone is.
const asOf = new Date(2025, 2, 10, 14, 0)
const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone

function item(
  title: string,
  company: string,
  due: Date,
  timeZone = MACHINE_ZONE,
  kind = 'inquire-result',
): FollowUpItem {
  return {
    interviewId: crypto.randomUUID(),
    company,
    role: 'Engineer',
    stage: 'awaiting-result',
    timeZone,
    task: { id: crypto.randomUUID(), kind, title, due: '2025-03-10T09:00', status: 'open' },
    dueAt: due.toISOString(),
    position: 0,
  }
}

function list(items: FollowUpItem[], next: FollowUpItem | null = null, replies: FollowUpItem[] = []): FollowUpList {
  return { asOf: asOf.toISOString(), items, total: items.length, dueNow: 0, next, replies }
}

describe('the Today view’s groups', () => {
  it('puts what is due by now first, labelled by how late, then what is due later today', () => {
    const groups = groupFollowUps(
      list([
        item('Call Acme', 'Acme', new Date(2025, 2, 7, 10, 0)),
        item('Thank Dana', 'Globex', new Date(2025, 2, 10, 14, 0)),
        item('Write the summary', 'Initech', new Date(2025, 2, 10, 17, 30)),
      ]),
    )
    expect(groups.dueNow.map((row) => [row.item.company, row.when])).toEqual([
      // How late, and when it was due: the day and the time, on the user's clock (here the interview's too).
      ['Acme', expect.stringMatching(/^3 days overdue \((Fri, Mar 7|Fri 7 Mar), 10:00\)$/)],
      ['Globex', expect.stringMatching(/^today 0?2:00|^today 14:00/)],
    ])
    expect(groups.later.map((row) => row.item.company)).toEqual(['Initech'])
    expect(groups.later[0]!.when).toMatch(/^today 0?5:30|^today 17:30/)
  })

  it('puts asking for the result and replying to an offer first among those due, each part longest overdue first', () => {
    const groups = groupFollowUps(
      list([
        item('Get Dana’s business card', 'Acme', new Date(2025, 2, 1, 10, 0), MACHINE_ZONE, 'collect-card'),
        item('Thank Dana', 'Acme', new Date(2025, 2, 1, 17, 30), MACHINE_ZONE, 'thank-you-email'),
        item('Call Sam to ask about the result', 'Globex', new Date(2025, 2, 9, 9, 0)),
        item('Reply to the offer from Initech', 'Initech', new Date(2025, 2, 10, 11, 0), MACHINE_ZONE, 'reply-quickly'),
        item('Write the summary', 'Umbrella', new Date(2025, 2, 10, 12, 0), MACHINE_ZONE, 'write-summary'),
        item('Ask Hooli about the result', 'Hooli', new Date(2025, 2, 10, 16, 0)),
      ]),
    )
    expect(groups.dueNow.map((row) => row.item.task.title)).toEqual([
      'Call Sam to ask about the result',
      'Reply to the offer from Initech',
      'Get Dana’s business card',
      'Thank Dana',
      'Write the summary',
    ])
    // Not due yet, it waits its turn.
    expect(groups.later.map((row) => row.item.company)).toEqual(['Hooli'])
  })

  it('puts an outcome’s reply in “Reply now” from the moment it is recorded, saying by when, until a snooze puts it off', () => {
    const reply = item(
      'Reply to the offer from Initech',
      'Initech',
      new Date(2025, 2, 10, 16, 0),
      MACHINE_ZONE,
      'reply-quickly',
    )
    const overdue = item('Write the summary', 'Umbrella', new Date(2025, 2, 3, 17, 30), MACHINE_ZONE, 'write-summary')
    const groups = groupFollowUps(list([overdue, reply]))
    expect(groups.replyNow.map((row) => [row.item.task.title, row.when])).toEqual([
      ['Reply to the offer from Initech', expect.stringMatching(/^by today (0?4:00|16:00)$/)],
    ])
    // "Due now" holds what is due, as the status bar counts it.
    expect(groups.dueNow.map((row) => row.item.task.title)).toEqual(['Write the summary'])
    expect(groups.later).toEqual([])
    const snoozed = { ...reply, task: { ...reply.task, snoozedUntil: '2025-03-10T16:00' } }
    expect(groupFollowUps(list([overdue, snoozed])).later.map((row) => row.item.company)).toEqual(['Initech'])
  })

  it('puts the offer to answer by a day under “Reply now”, by that day, ahead of chores', () => {
    // It came last under "Due now" on its day, "overdue since 09:00", below week-old chores (a walkthrough).
    const decide = item(
      'Decide on the offer from Hooli',
      'Hooli',
      new Date(2025, 2, 10, 17, 30),
      MACHINE_ZONE,
      'decide-on-offer',
    )
    const chore = item('Write the summary', 'Umbrella', new Date(2025, 2, 3, 17, 30), MACHINE_ZONE, 'write-summary')
    const groups = groupFollowUps(list([chore, decide]))
    expect(groups.replyNow.map((row) => [row.item.task.title, row.when])).toEqual([
      ['Decide on the offer from Hooli', expect.stringMatching(/^by today (0?5:30|17:30)$/)],
    ])
    expect(groups.dueNow.map((row) => row.item.task.title)).toEqual(['Write the summary'])
  })

  it('lists a reply due on a later day under “Reply now” too, by that day', () => {
    // Recorded on a Friday evening, the reply was due Monday: Next and the card led with it, Today said nothing.
    const monday = item(
      'Confirm the next round with Globex',
      'Globex',
      new Date(2025, 2, 13, 11, 0),
      MACHINE_ZONE,
      'reply-quickly',
    )
    const groups = groupFollowUps(list([], null, [monday]))
    expect(groups.replyNow.map((row) => [row.item.company, row.when])).toEqual([
      ['Globex', expect.stringMatching(/^by (Thu, Mar 13|Thu 13 Mar), 11:00$/)],
    ])
    expect(groups.dueNow).toEqual([])
  })

  it('says the interview’s own clock and city where it differs from the user’s', () => {
    const far = MACHINE_ZONE === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati'
    const due = new Date(2025, 2, 10, 17, 30)
    const [row] = groupFollowUps(list([{ ...item('Call Acme', 'Acme', due, far), call: true }])).later
    const there = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: far }).format(due)
    // 24-hour in every locale, as the zone text beside it (the machine's en-US said "5:30 PM").
    expect(row!.when).toMatch(/^today 17:30 \(/)
    // The user's time is said already: only the interview's is added, not "· 17:30 your time" again.
    expect(row!.when).toMatch(
      new RegExp(`${there} in ${far === 'America/Los_Angeles' ? 'Los Angeles' : 'Kiritimati'}\\)$`),
    )
    expect(row!.when).not.toContain('your time')
  })

  it('says the user’s clock alone for a step of their own: "overdue since 07:00 (01:00 in New York)" of the summary', () => {
    const far = MACHINE_ZONE === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati'
    const summary = item('Write the summary', 'Acme', new Date(2025, 2, 10, 7, 0), far, 'write-summary')
    const weekAgo = item('Write the summary', 'Acme', new Date(2025, 2, 3, 7, 0), far, 'write-summary')
    const [before, today] = groupFollowUps(list([weekAgo, summary])).dueNow
    expect(today!.when).toBe('overdue since 07:00')
    expect(before!.when).toMatch(/^7 days overdue \(\w{3},? .+, 07:00\)$/)
    const letter = item('Send the letter', 'Acme', new Date(2025, 2, 11, 9, 0), far, 'formal-letter')
    expect(nextFollowUpText(list([], letter))).toMatch(/, due tomorrow 09:00\.$/)
  })

  it('tells when the next follow-up is when nothing is due', () => {
    expect(nextFollowUpText(list([]))).toBe('No follow-ups are planned.')
    const soon = item('Call Dana Reyes', 'Acme', new Date(2025, 2, 11, 9, 0))
    expect(nextFollowUpText(list([], soon))).toMatch(
      /^The next one is “Call Dana Reyes” for Acme, due tomorrow .*9:00.*\.$/,
    )
    const later = item('Call Acme', 'Acme', new Date(2025, 2, 20, 9, 0))
    expect(nextFollowUpText(list([], later))).toMatch(/due in 10 days \(.*20.*\)\.$/)
    // On the interview's clock too where it differs: "(Thu 10 Dec, 23:30)" hid that it was 17:30 in New York.
    const far = MACHINE_ZONE === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati'
    const abroad = { ...item('Call Acme', 'Acme', new Date(2025, 2, 20, 9, 0), far), call: true as const }
    expect(nextFollowUpText(list([], abroad))).toMatch(/due in 10 days \(.+ your time · .+ in .+\)\.$/)
    // A title that names the company already does not get it again.
    const named = item('Email Acme to ask about the result', 'Acme', new Date(2025, 2, 11, 9, 0))
    expect(nextFollowUpText(list([], named))).toMatch(/^The next one is “Email Acme to ask about the result”, due /)
  })

  it('counts follow-ups in words', () => {
    expect(dueCountText(1)).toBe('1 follow-up due')
    expect(dueCountText(3)).toBe('3 follow-ups due')
  })

  it('counts the replies to send with what is due, for the status bar and the badge', () => {
    const monday = item(
      'Reply to the offer from Globex',
      'Globex',
      new Date(2025, 2, 13, 9, 0),
      MACHINE_ZONE,
      'reply-quickly',
    )
    const overdue = item('Write the summary', 'Umbrella', new Date(2025, 2, 3, 17, 30), MACHINE_ZONE, 'write-summary')
    // The reply was under "Reply now" while the status bar and the badge said nothing (a walkthrough).
    expect(attentionOf(list([], null, [monday]))).toEqual({ count: 1, text: '1 reply to send' })
    expect(attentionOf({ ...list([overdue], null, [monday]), dueNow: 1 })).toEqual({
      count: 2,
      text: '1 reply to send · 1 follow-up due',
    })
    expect(attentionOf({ ...list([overdue]), dueNow: 1 })).toEqual({ count: 1, text: '1 follow-up due' })
    expect(attentionOf(list([]))).toEqual({ count: 0, text: '' })
    // A reply due later today is among the list's items, not its replies, and is as wanted now.
    const tonight = item(
      'Reply to the offer from Initech',
      'Initech',
      new Date(2025, 2, 10, 17, 0),
      MACHINE_ZONE,
      'reply-quickly',
    )
    expect(attentionOf(list([tonight]))).toEqual({ count: 1, text: '1 reply to send' })
    expect(groupFollowUps(list([tonight])).replyNow).toHaveLength(1)
  })
})
