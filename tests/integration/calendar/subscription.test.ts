import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CalendarCenter } from '../../../electron/host/calendar/calendar-center'
import { calendar, vevent } from '../../support/ics-builder'
import { HOSTILE } from '../../support/hostile-text'
import { startFeedServer, type FeedServer } from '../../support/feed-server'
import { downloadText } from '../../support/downloads'

import { NOW, openCalendarHost } from './calendar-host'
const SECRET_PATH = '/private-7f3a9c2e/basic.ics'

let server: FeedServer
let dataDir: string
beforeEach(async () => {
  server = await startFeedServer()
  dataDir = await mkdtemp(join(tmpdir(), 'debrief-calendar-'))
})
afterEach(async () => {
  await server.close()
  await rm(dataDir, { recursive: true, force: true })
})

function interviewCalendar(start = '20261020T140000'): string {
  return calendar(
    vevent({
      uid: 'acme-1@test',
      summary: 'Interview with Acme for Data Analyst',
      lines: [
        `DTSTART;TZID=Europe/Berlin:${start}`,
        'DURATION:PT1H',
        'ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example',
        'ATTENDEE;CN=Ivan Petrov:mailto:ivan@acme.example',
        'ATTENDEE;CN=Me:mailto:me@home.example',
      ],
    }),
    vevent({ uid: 'dentist@test', summary: 'Dentist', lines: ['DTSTART:20261021T090000Z'] }),
  )
}

describe('a subscribed calendar', () => {
  it('is read, suggests its interviews, and is read again only when it changed (304 to a matching ETag)', async () => {
    server.serve(SECRET_PATH, interviewCalendar())
    const { host, client } = await openCalendarHost(dataDir)
    try {
      const source = await client.addCalendarSource({ kind: 'subscription', address: server.base + SECRET_PATH })
      expect(source).toMatchObject({ kind: 'subscription', origin: new URL(server.base).host, eventCount: 2 })
      expect(JSON.stringify(await client.getCalendars({}))).not.toContain('private-7f3a9c2e')

      const [suggestion, ...others] = await client.listCalendarSuggestions({})
      expect(others).toEqual([])
      expect(suggestion).toMatchObject({
        summary: 'Interview with Acme for Data Analyst',
        prefill: { company: 'Acme', role: 'Data Analyst', date: '2026-10-20', time: '14:00', round: 1 },
      })

      await client.syncCalendars({})
      expect(server.requests.map((request) => request.status)).toEqual([200, 304])
      expect(server.requests[1]!.ifNoneMatch).toMatch(/^"[0-9a-f]+"$/)

      server.serve(SECRET_PATH, interviewCalendar('20261021T100000'))
      await client.syncCalendars({ id: source.id })
      expect(server.requests.at(-1)!.status).toBe(200)
      expect((await client.listCalendarSuggestions({}))[0]!.prefill).toMatchObject({
        date: '2026-10-21',
        time: '10:00',
      })
    } finally {
      await host.close()
    }
  })

  it('adds the interview the user confirms, and never suggests a dismissed event again, even after a restart', async () => {
    server.serve(
      SECRET_PATH,
      calendar(
        vevent({ uid: 'a@test', summary: 'Interview with Acme', lines: ['DTSTART:20261020T120000Z', 'DURATION:PT1H'] }),
        vevent({ uid: 'b@test', summary: 'Interview practice', lines: ['DTSTART:20261022T120000Z'] }),
      ),
    )
    let { host, client } = await openCalendarHost(dataDir)
    const [acme, practice] = await client.listCalendarSuggestions({}).then(async (none) => {
      expect(none).toEqual([])
      await client.addCalendarSource({ kind: 'subscription', address: server.base + SECRET_PATH })
      return client.listCalendarSuggestions({})
    })
    await expect(client.addInterviewFromCalendar({ key: acme!.key, company: 'Acme', role: '' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('Role is required'),
    })
    const interview = await client.addInterviewFromCalendar({ key: acme!.key, company: 'Acme', role: 'Engineer' })
    expect(interview).toMatchObject({ company: 'Acme', role: 'Engineer', date: '2026-10-20', time: '14:00' })
    await client.dismissCalendarSuggestion({ key: practice!.key })
    expect(await client.listCalendarSuggestions({})).toEqual([])
    await host.close()
    ;({ host, client } = await openCalendarHost(dataDir))
    try {
      expect(await client.listCalendarSuggestions({})).toEqual([])
      expect((await client.listInterviews({})).map((each) => each.company)).toEqual(['Acme'])
    } finally {
      await host.close()
    }
  })

  it('keeps its address in a file only the user can read, out of the calendar state and the backups', async () => {
    server.serve(SECRET_PATH, interviewCalendar())
    const first = await openCalendarHost(dataDir)
    await first.client.addCalendarSource({ kind: 'subscription', address: server.base + SECRET_PATH })
    const [suggestion] = await first.client.listCalendarSuggestions({})
    await first.client.addInterviewFromCalendar({ key: suggestion!.key, company: 'Acme', role: 'Analyst' })
    await first.host.close()
    // The next start takes the day's backup of a folder that now holds an interview.
    const { host, client } = await openCalendarHost(dataDir)
    try {
      expect((await client.getCalendars({})).secretProtection).toBe('file-only')
      const secrets = join(dataDir, 'calendar', 'secrets.json')
      expect((await stat(secrets)).mode & 0o777).toBe(0o600)
      expect(await readFile(secrets, 'utf8')).toContain('private-7f3a9c2e')
      expect(await readFile(join(dataDir, 'calendar', 'calendars.json'), 'utf8')).not.toContain('private-7f3a9c2e')
      const exported = await downloadText(host, client.exportData({ format: 'json' }))
      expect(exported).not.toContain('private-7f3a9c2e')
      const backups = await readdir(join(dataDir, 'backups'), { recursive: true })
      expect(backups.join('\n')).not.toMatch(/secret|calendar/)
    } finally {
      await host.close()
    }
  })

  it('encrypts the address with the cipher the desktop app passes in', async () => {
    server.serve(SECRET_PATH, interviewCalendar())
    const cipher = {
      encrypt: (plain: string) => Buffer.from([...Buffer.from(plain)].map((byte) => byte ^ 0x5a)),
      decrypt: (data: Buffer) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
    }
    const { host, client } = await openCalendarHost(dataDir, { secretCipher: cipher })
    try {
      expect((await client.getCalendars({})).secretProtection).toBe('encrypted')
      const source = await client.addCalendarSource({ kind: 'subscription', address: server.base + SECRET_PATH })
      expect(await readFile(join(dataDir, 'calendar', 'secrets.json'), 'utf8')).not.toContain('private-7f3a9c2e')
      await client.syncCalendars({ id: source.id })
      expect(server.requests.map((request) => [request.path, request.status])).toEqual([
        [SECRET_PATH, 200],
        [SECRET_PATH, 304],
      ])
    } finally {
      await host.close()
    }
  })
})

describe('hostile calendars', () => {
  async function center(limits = { maxBytes: 40 * 1024 * 1024, timeoutMs: 2_000, maxRedirects: 5 }) {
    const warnings: string[] = []
    const made = new CalendarCenter({
      dataDir,
      now: () => NOW,
      timeZone: () => 'Europe/Berlin',
      interviews: () => [],
      changed: () => undefined,
      warn: (message) => void warnings.push(message),
      feedLimits: limits,
    })
    await made.start()
    return made
  }

  async function refused(made: CalendarCenter, path: string): Promise<string> {
    const error = await made.addSource({ kind: 'subscription', label: '', address: server.base + path }).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    )
    expect(error, `adding ${path} should fail`).toBeInstanceOf(Error)
    expect(made.overview().sources).toEqual([])
    expect(error!.message).not.toContain(path)
    return error!.message
  }

  it('refuses a 50 MB feed, a redirect to file:, an endless answer and a malformed file, changing nothing', async () => {
    // Long enough for 40 MB over loopback on a busy machine; the endless answer has its own short limit below.
    const made = await center({ maxBytes: 40 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 })
    const impatient = await center()
    try {
      const megabyte = Buffer.alloc(1024 * 1024, 'X')
      server.route('/big.ics', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/calendar' })
        response.write('BEGIN:VCALENDAR\r\n')
        let sent = 0
        const more = () => {
          while (sent < 50 && response.write(megabyte)) sent++
          if (sent < 50) response.once('drain', more)
          else response.end('END:VCALENDAR\r\n')
        }
        more()
      })
      server.route('/to-file.ics', (_request, response) =>
        response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      )
      server.route('/endless.ics', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/calendar' })
        response.write('BEGIN:VCALENDAR\r\n')
        const drip = setInterval(() => response.write('X-FILLER:waiting\r\n'), 100)
        response.on('close', () => clearInterval(drip))
      })
      server.serve('/malformed.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:not-a-date\r\n')
      server.serve('/page.ics', '<!doctype html><title>Sign in</title>')

      expect(await refused(made, '/big.ics')).toMatch(/larger than 40 MB/)
      expect(await refused(made, '/to-file.ics')).toMatch(/does not read file: addresses/)
      expect(await refused(impatient, '/endless.ics')).toMatch(/did not finish answering within 2 s/)
      expect(await refused(made, '/malformed.ics')).toMatch(/cut short/)
      expect(await refused(made, '/page.ics')).toMatch(/not an iCalendar file/)
      await expect(
        made.addSource({ kind: 'subscription', label: '', address: 'http://calendar.example.com/x.ics' }),
      ).rejects.toThrow(/only over https/)
    } finally {
      await made.stop()
      await impatient.stop()
    }
  })

  it('keeps the last good events when a later read fails, and says why on the source', async () => {
    server.serve(SECRET_PATH, interviewCalendar())
    const made = await center()
    try {
      const source = await made.addSource({ kind: 'subscription', label: 'Work', address: server.base + SECRET_PATH })
      server.serve(SECRET_PATH, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nBROKEN\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
      await made.syncOne(source.id)
      const [view] = made.overview().sources
      expect(view).toMatchObject({ eventCount: 2, lastError: expect.stringContaining('cannot read') })
      expect(made.suggestions().map((each) => each.summary)).toEqual(['Interview with Acme for Data Analyst'])
    } finally {
      await made.stop()
    }
  })

  it('keeps hostile text as text in what it suggests', async () => {
    const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;')
    server.serve(
      SECRET_PATH,
      calendar(
        vevent({
          uid: 'x@test',
          summary: escape(`Interview ${HOSTILE.script}`),
          lines: [
            'DTSTART:20261020T120000Z',
            `LOCATION:${escape(HOSTILE.image)}`,
            `DESCRIPTION:${escape(HOSTILE.svg)}`,
            `ATTENDEE;CN="${HOSTILE.javascriptUrl.replace(/"/g, "'")}":mailto:x@acme.example`,
          ],
        }),
      ),
    )
    const made = await center()
    try {
      await made.addSource({ kind: 'subscription', label: '', address: server.base + SECRET_PATH })
      const [suggestion] = made.suggestions()
      expect(suggestion!.summary).toBe(`Interview ${HOSTILE.script}`)
      expect(suggestion!.prefill.location).toBe(HOSTILE.image)
      expect(suggestion!.prefill.interviewers[0]!.name).toBe(HOSTILE.javascriptUrl.replace(/"/g, "'"))
    } finally {
      await made.stop()
    }
  })
})
