/** Writes small iCalendar files for the tests, line by line, so each test shows the calendar it reads. */

export interface EventLines {
  uid: string
  summary?: string
  /** Raw property lines, e.g. 'DTSTART;TZID=Asia/Tokyo:20261020T100000'. */
  lines: string[]
}

export function vevent({ uid, summary, lines }: EventLines): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    ...(summary === undefined ? [] : [`SUMMARY:${summary}`]),
    ...lines,
    'END:VEVENT',
  ]
}

export function calendar(...components: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debrief tests//EN',
    ...components.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

/** A VTIMEZONE with a Windows-style name, as Outlook writes them: Central Europe, DST from March to October. */
export const WINDOWS_BERLIN_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
]
