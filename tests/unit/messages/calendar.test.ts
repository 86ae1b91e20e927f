import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { followUpTaskSchema, type FollowUpTask } from '../../../shared/domain/interview'
import { foldLine, followUpsToIcs, type CalendarFollowUp } from '../../../shared/messages/calendar'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { fullInterview } from './fixtures'

const NOW = new Date('2026-10-23T09:15:42.123Z')

function task(id: number, fields: Partial<FollowUpTask>): FollowUpTask {
  return followUpTaskSchema.parse({
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    kind: 'thank-you-email',
    title: 'Send a thank-you email',
    due: '2026-10-23T17:30',
    ...fields,
  })
}

const berlin = { ...fullInterview, tasks: [] }
const tokyo = { ...berlin, company: '株式会社テスト', role: 'エンジニア', round: 1, timeZone: 'Asia/Tokyo' }
const awkwardTitle = 'Send "Zoë O\'Brien & Søn" a letter; mention A, B\\C\nand the 株式会社 project'

const items: CalendarFollowUp[] = [
  { interview: berlin, task: task(1, { title: awkwardTitle }) },
  { interview: berlin, task: task(2, { title: 'Already sent', status: 'done' }) },
  { interview: tokyo, task: task(3, { kind: 'inquire-result', title: '結果を問い合わせる', due: '2026-11-09T10:00' }) },
  { interview: berlin, task: task(4, { title: 'Snoozed', snoozedUntil: '2026-10-26T09:00' }) },
]
const ics = followUpsToIcs(items, { now: NOW, hours: DEFAULT_PREFERENCES })

interface ParsedEvent {
  uid: string
  summary: string
  description: string
  start: string
  end: string
  stamp: string
  alarm: { action: string; trigger: string; description: string } | undefined
}

/** Read with ical.js, an independent RFC 5545 parser. */
function parseWithIcalJs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const alarm = event.getFirstSubcomponent('valarm')
    const time = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString()
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
      start: time('dtstart'),
      end: time('dtend'),
      stamp: time('dtstamp'),
      alarm: alarm
        ? {
            action: String(alarm.getFirstPropertyValue('action')),
            trigger: String(alarm.getFirstPropertyValue('trigger')),
            description: String(alarm.getFirstPropertyValue('description')),
          }
        : undefined,
    }
  })
  return { calendar, events }
}

describe('followUpsToIcs', () => {
  const { calendar, events } = parseWithIcalJs(ics)

  it('writes a calendar any app can identify', () => {
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Debrief//Follow-ups//EN')
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
  })

  it('has one event per open follow-up, with a stable id per task', () => {
    expect(events.map((event) => event.uid)).toEqual([
      '00000000-0000-4000-8000-000000000001@debrief',
      '00000000-0000-4000-8000-000000000003@debrief',
      '00000000-0000-4000-8000-000000000004@debrief',
    ])
    expect(followUpsToIcs(items, { now: new Date('2027-01-01T00:00:00Z'), hours: DEFAULT_PREFERENCES })).toContain(
      'UID:00000000-0000-4000-8000-000000000001@debrief',
    )
  })

  it('keeps quotes, commas, semicolons, backslashes, line breaks and non-ASCII text intact', () => {
    expect(events[0]?.summary).toBe(awkwardTitle)
    expect(events[1]?.summary).toBe('結果を問い合わせる — 株式会社テスト')
    expect(events[0]?.description).toBe(
      "Senior Engineer at Zoë O'Brien & Søn\nRound 2\nInterview: Friday 23 October at 10:00 (Europe/Berlin)\nA follow-up from Debrief.",
    )
    expect(events[1]?.description).toContain('エンジニア at 株式会社テスト\nInterview:')
  })

  it('places each event at its due time in the interview’s zone, for fifteen minutes', () => {
    // 17:30 in Berlin on 23 October 2026 is summer time (UTC+2); 10:00 in Tokyo is UTC+9.
    expect(events.map((event) => [event.start, event.end])).toEqual([
      ['2026-10-23T15:30:00.000Z', '2026-10-23T15:45:00.000Z'],
      ['2026-11-09T01:00:00.000Z', '2026-11-09T01:15:00.000Z'],
      // Snoozed to Monday 26 October, after the clocks went back to UTC+1.
      ['2026-10-26T08:00:00.000Z', '2026-10-26T08:15:00.000Z'],
    ])
    expect(ics).toContain('DTSTART:20261023T153000Z\r\n')
  })

  it('stamps every event with the export time and rings an alarm ten minutes before it starts', () => {
    for (const event of events) {
      expect(event.stamp).toBe('2026-10-23T09:15:42.000Z')
      expect(event.alarm).toEqual({ action: 'DISPLAY', trigger: '-PT10M', description: event.summary })
    }
  })

  it('places an overdue follow-up at the next good time in working hours, saying since when it was due', () => {
    const overdue = [{ interview: berlin, task: task(5, { due: '2026-10-20T09:00' }) }]
    const late = followUpsToIcs(overdue, { now: NOW, hours: DEFAULT_PREFERENCES })
    const [event] = parseWithIcalJs(late).events
    // 11:15 in Berlin, inside the morning's window: the next quarter hour.
    expect(event?.start).toBe('2026-10-23T09:30:00.000Z')
    expect(event?.description).toContain('Overdue: it was due 2026-10-20 09:00 (Europe/Berlin).')
    // Exported at 03:00 in Berlin: at the first window of the working day, not at 03:15 (a walkthrough saw 02:15).
    const atNight = followUpsToIcs(overdue, { now: new Date('2026-10-23T01:00:00Z'), hours: DEFAULT_PREFERENCES })
    expect(parseWithIcalJs(atNight).events[0]?.start).toBe('2026-10-23T08:00:00.000Z')
  })

  it('names the company in the title where the follow-up does not', () => {
    const summary = { interview: berlin, task: task(8, { kind: 'write-summary', title: 'Write your summary' }) }
    const [event] = parseWithIcalJs(followUpsToIcs([summary], { now: NOW, hours: DEFAULT_PREFERENCES })).events
    expect(event?.summary).toBe(`Write your summary — ${berlin.company}`)
    const named = { interview: berlin, task: task(9, { title: `Email ${berlin.company} to ask` }) }
    const [own] = parseWithIcalJs(followUpsToIcs([named], { now: NOW, hours: DEFAULT_PREFERENCES })).events
    expect(own?.summary).toBe(`Email ${berlin.company} to ask`)
  })

  it('says whom to call, at which number, and what to say, for a result inquiry by phone', () => {
    const withPhone = { ...tokyo, arrangers: [{ ...tokyo.arrangers[0]!, phone: '+49 30 1234567' }] }
    const call = followUpsToIcs([{ interview: withPhone, task: items[2]!.task }], {
      now: NOW,
      hours: DEFAULT_PREFERENCES,
    })
    const [event] = parseWithIcalJs(call).events
    expect(event?.description).toContain('Call Sam Ortiz on +49 30 1234567')
    expect(event?.description).toContain('May I speak with Sam Ortiz, please?')
    // An email follow-up is not a call.
    expect(events[0]?.description).not.toContain('Call ')
  })

  it('calls whoever will tell on the Decision section’s number when they are not among the people', () => {
    const rachel = {
      ...tokyo,
      arrangers: [{ ...tokyo.arrangers[0]!, phone: '+49 30 1234567' }],
      decision: { ...tokyo.decision, informerName: 'Rachel Kim', informerPhone: '+1 415 555 0100' },
    }
    const call = followUpsToIcs([{ interview: rachel, task: items[2]!.task }], { now: NOW, hours: DEFAULT_PREFERENCES })
    const [event] = parseWithIcalJs(call).events
    // It rang Sam Ortiz, the first with a number, or said "Call Rachel Kim (no number saved)".
    expect(event?.description).toContain('Call Rachel Kim on +1 415 555 0100')
    expect(event?.description).toContain('May I speak with Rachel Kim, please?')
  })

  it('follows up a call about the result with a script that recalls the first asking', () => {
    const asked = task(6, { kind: 'inquire-result', status: 'done', completedAt: '2026-11-10T08:30:00.000Z' })
    const checkAgain = task(7, { kind: 'check-again', title: 'Check again with Sam Ortiz', due: '2026-11-13T10:00' })
    const call = followUpsToIcs([{ interview: { ...berlin, tasks: [asked, checkAgain] }, task: checkAgain }], {
      now: NOW,
      hours: DEFAULT_PREFERENCES,
    })
    const [event] = parseWithIcalJs(call).events
    expect(event?.description).toContain('May I speak with Sam Ortiz, please?')
    expect(event?.description).toContain(
      'I got in touch on Tuesday 10 November to ask about the decision, and I wanted to follow up.',
    )
  })

  it('ends every line with CRLF and keeps every line within 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const bytes = Buffer.from(ics, 'utf8')
    const lines: Buffer[] = []
    let start = 0
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        lines.push(bytes.subarray(start, i))
        start = i + 2
      }
    }
    const decoder = new TextDecoder('utf-8', { fatal: true })
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75)
      expect(() => decoder.decode(line)).not.toThrow()
    }
    expect(lines.some((line) => line[0] === 0x20)).toBe(true)
  })

  it('refuses to write a calendar with nothing in it', () => {
    expect(() => followUpsToIcs([items[1] as CalendarFollowUp], { now: NOW, hours: DEFAULT_PREFERENCES })).toThrow(
      /no open follow-ups/,
    )
  })
})

describe('foldLine', () => {
  const unfold = (folded: string) => folded.replace(/\r\n /g, '')
  const octets = (line: string) => Buffer.byteLength(line, 'utf8')

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it.each([
    ['three-octet characters', `SUMMARY:${'株式会社'.repeat(40)}`],
    ['two-octet characters at odd offsets', `X:${'øë'.repeat(90)}`],
    ['four-octet emoji', `DESCRIPTION:${'👨‍👩‍👧‍👦 🇩🇰 '.repeat(20)}`],
  ])('folds %s within 75 octets and unfolds to the original', (_name, line) => {
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').length).toBeGreaterThan(2)
    expect(unfold(folded)).toBe(line)
  })
})
