import { describe, expect, it } from 'vitest'
import { CalendarFormatError, parseCalendar, parseCalendarInSlices } from '../../../shared/calendar/ics'
import { instantToWallTime } from '../../../shared/workflow/time-zone'
import { calendar, vevent, WINDOWS_BERLIN_ZONE } from '../../support/ics-builder'

const now = new Date('2026-10-15T08:00:00Z')
const berlin = { now, timeZone: 'Europe/Berlin' }

describe('reading an iCalendar file', () => {
  it('reads a one-off event with its people, place and link', () => {
    const [event] = parseCalendar(
      calendar(
        vevent({
          uid: 'one@test',
          summary: 'Interview with Acme',
          lines: [
            'DTSTART;TZID=Europe/Berlin:20261020T140000',
            'DTEND;TZID=Europe/Berlin:20261020T150000',
            'LOCATION:Acme HQ\\, Room 4',
            'DESCRIPTION:Join: https://meet.example.com/abc',
            'ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example',
            'ATTENDEE;CN=Ivan Interviewer:mailto:ivan@acme.example',
            'ATTENDEE;CN=Me:mailto:me@home.example',
          ],
        }),
      ),
      berlin,
    )
    expect(event).toMatchObject({
      key: 'one@test',
      summary: 'Interview with Acme',
      location: 'Acme HQ, Room 4',
      start: '2026-10-20T12:00:00.000Z',
      end: '2026-10-20T13:00:00.000Z',
      wallStart: '2026-10-20T14:00',
      timeZone: 'Europe/Berlin',
      allDay: false,
      organizer: { name: 'Rita Recruiter', email: 'rita@acme.example' },
      attendees: [
        { name: 'Ivan Interviewer', email: 'ivan@acme.example' },
        { name: 'Me', email: 'me@home.example' },
      ],
      cancelled: false,
    })
  })

  it('sees an event written in Tokyo at the right Berlin time on both sides of the DST change', () => {
    // Berlin leaves summer time on 25 October 2026; Tokyo has none. 17:00 in Tokyo is 10:00 in Berlin
    // before the change (UTC+2) and 09:00 after it (UTC+1).
    const events = parseCalendar(
      calendar(
        vevent({
          uid: 'tokyo@test',
          summary: 'Entretien — Tokyo office',
          lines: [
            'DTSTART;TZID=Asia/Tokyo:20261022T170000',
            'DTEND;TZID=Asia/Tokyo:20261022T180000',
            'RRULE:FREQ=WEEKLY;COUNT=2',
          ],
        }),
      ),
      berlin,
    )
    expect(events.map((event) => [event.wallStart, event.timeZone])).toEqual([
      ['2026-10-22T17:00', 'Asia/Tokyo'],
      ['2026-10-29T17:00', 'Asia/Tokyo'],
    ])
    expect(events.map((event) => instantToWallTime(new Date(event.start), 'Europe/Berlin'))).toEqual([
      '2026-10-22T10:00',
      '2026-10-29T09:00',
    ])
  })

  it('expands a series, leaves out its EXDATEs and applies a RECURRENCE-ID override', () => {
    const events = parseCalendar(
      calendar(
        vevent({
          uid: 'weekly@test',
          summary: 'Interview loop',
          lines: [
            'DTSTART;TZID=Europe/Berlin:20261019T100000',
            'DTEND;TZID=Europe/Berlin:20261019T110000',
            'RRULE:FREQ=WEEKLY;COUNT=4',
            'EXDATE;TZID=Europe/Berlin:20261026T100000',
          ],
        }),
        vevent({
          uid: 'weekly@test',
          summary: 'Interview loop (moved)',
          lines: [
            'RECURRENCE-ID;TZID=Europe/Berlin:20261102T100000',
            'DTSTART;TZID=Europe/Berlin:20261103T150000',
            'DTEND;TZID=Europe/Berlin:20261103T160000',
          ],
        }),
      ),
      berlin,
    )
    expect(events.map((event) => [event.wallStart, event.summary])).toEqual([
      ['2026-10-19T10:00', 'Interview loop'],
      ['2026-11-03T15:00', 'Interview loop (moved)'],
      ['2026-11-09T10:00', 'Interview loop'],
    ])
    // The moved occurrence keeps the key of the one it replaces, so a sync sees it as moved, not new.
    expect(events[1]!.key).toBe('weekly@test#2026-11-02T10:00:00')
  })

  it('stops an endless series at the end of the window', () => {
    const events = parseCalendar(
      calendar(
        vevent({
          uid: 'daily@test',
          summary: 'Standup',
          lines: ['DTSTART:20200101T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=DAILY'],
        }),
      ),
      { ...berlin, pastDays: 7, futureDays: 7 },
    )
    // From 8 October 08:00 UTC to 22 October 08:00 UTC: the 09:00 standups of 8 to 21 October.
    expect(events).toHaveLength(14)
    expect(events[0]!.start).toBe('2026-10-08T09:00:00.000Z')
  })

  it('reads all-day and floating times on the user’s clock, and a Windows zone from its VTIMEZONE', () => {
    const events = parseCalendar(
      calendar(
        WINDOWS_BERLIN_ZONE,
        vevent({ uid: 'allday@test', summary: 'Career fair', lines: ['DTSTART;VALUE=DATE:20261021'] }),
        vevent({ uid: 'floating@test', summary: 'Call', lines: ['DTSTART:20261021T090000', 'DURATION:PT30M'] }),
        vevent({
          uid: 'outlook@test',
          summary: 'Outlook interview',
          lines: ['DTSTART;TZID=W. Europe Standard Time:20261021T160000', 'DURATION:PT1H'],
        }),
      ),
      { now, timeZone: 'America/New_York' },
    )
    const byUid = Object.fromEntries(events.map((event) => [event.uid, event]))
    expect(byUid['allday@test']).toMatchObject({
      allDay: true,
      wallStart: '2026-10-21T00:00',
      timeZone: 'America/New_York',
    })
    expect(byUid['floating@test']).toMatchObject({ start: '2026-10-21T13:00:00.000Z', timeZone: 'America/New_York' })
    // 16:00 in Berlin summer time is 14:00 UTC, 10:00 in New York.
    expect(byUid['outlook@test']).toMatchObject({ start: '2026-10-21T14:00:00.000Z', wallStart: '2026-10-21T10:00' })
  })

  it('reads a time in the hour skipped or repeated by a DST change as the rest of Debrief does', () => {
    const events = parseCalendar(
      calendar(
        vevent({ uid: 'gap@test', summary: 'x', lines: ['DTSTART;TZID=Europe/Berlin:20270328T023000'] }),
        vevent({ uid: 'fold@test', summary: 'y', lines: ['DTSTART;TZID=Europe/Berlin:20261025T023000'] }),
      ),
      { ...berlin, futureDays: 400 },
    )
    const byUid = Object.fromEntries(events.map((event) => [event.uid, event.start]))
    // 02:30 does not exist on 28 March 2027 (it becomes 03:00, UTC+2); on 25 October 2026 it is the first one, UTC+2.
    expect(byUid).toEqual({ 'gap@test': '2027-03-28T01:00:00.000Z', 'fold@test': '2026-10-25T00:30:00.000Z' })
  })

  it('flags a cancelled event', () => {
    const [event] = parseCalendar(
      calendar(
        vevent({ uid: 'c@test', summary: 'Interview', lines: ['DTSTART:20261021T090000Z', 'STATUS:CANCELLED'] }),
      ),
      berlin,
    )
    expect(event!.cancelled).toBe(true)
  })

  it.each([
    ['an HTML page', '<!doctype html><html><body>Sign in</body></html>', /not an iCalendar file/],
    ['a file cut short', calendar(vevent({ uid: 'x', lines: ['DTSTART:20261021T090000Z'] })).slice(0, 60), /cut short/],
    [
      'an event with a broken line',
      calendar(vevent({ uid: 'bad@test', lines: ['DTSTART:20261021T090000Z', 'THIS LINE HAS NO COLON'] })),
      /cannot read/,
    ],
    ['an event without a start', calendar(vevent({ uid: 'nostart@test', summary: 'x', lines: [] })), /no start/],
  ])('refuses %s with a clear error', (_what, text, message) => {
    expect(() => parseCalendar(text, berlin)).toThrow(CalendarFormatError)
    expect(() => parseCalendar(text, berlin)).toThrow(message)
  })

  it('reads a large file in slices with the same result', async () => {
    const events = Array.from({ length: 400 }, (_, index) =>
      vevent({
        uid: `e${index}@test`,
        summary: `Event ${index}`,
        lines: [`DTSTART:202610${String((index % 28) + 1).padStart(2, '0')}T090000Z`],
      }),
    )
    let pauses = 0
    const text = calendar(...events)
    const sliced = await parseCalendarInSlices(text, berlin, async () => void pauses++)
    expect(sliced).toEqual(parseCalendar(text, berlin))
    expect(sliced).toHaveLength(400)
    expect(pauses).toBeGreaterThan(0)
  })

  it('pauses while it cuts a long file into events, not only between the events', async () => {
    // Two events of 6,000 folded description lines each: cut in one go, they would hold the loop as one slice.
    const long = (uid: string) =>
      vevent({
        uid,
        summary: 'Long agenda',
        lines: [
          'DTSTART:20261020T090000Z',
          'DESCRIPTION:Agenda',
          ...Array.from({ length: 6000 }, (_, i) => ` item ${i}`),
        ],
      })
    const text = calendar(long('a@test'), long('b@test'))
    let pauses = 0
    const sliced = await parseCalendarInSlices(text, berlin, async () => void pauses++)
    expect(sliced).toEqual(parseCalendar(text, berlin))
    expect(pauses).toBeGreaterThanOrEqual(3)
  })
})
