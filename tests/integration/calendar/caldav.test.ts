import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCalDav } from '../../../electron/host/calendar/caldav-source'
import { calendar, vevent } from '../../support/ics-builder'
import { hasRadicale, startRadicale, type Radicale } from '../../support/radicale'

import { NOW, openCalendarHost } from './calendar-host'
const PASSWORD = 'app-pass-5d1e'

function interview(uid: string, summary: string, start: string): string {
  return calendar(
    vevent({
      uid,
      summary,
      lines: [
        `DTSTART;TZID=Europe/Berlin:${start}`,
        'DURATION:PT1H',
        'ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example',
        'ATTENDEE;CN=Ivan Petrov:mailto:ivan@acme.example',
        'ATTENDEE;CN=Jo:mailto:jo@home.example',
      ],
    }),
  )
}

describe.skipIf(!hasRadicale)('a CalDAV account (Radicale)', () => {
  let radicale: Radicale
  let dataDir: string

  beforeAll(async () => {
    radicale = await startRadicale({ jo: PASSWORD, other: 'other-pass' })
    dataDir = await mkdtemp(join(tmpdir(), 'debrief-caldav-'))
    for (const path of ['/jo/work/', '/jo/personal/']) {
      expect((await radicale.request('jo', 'MKCALENDAR', path)).status).toBe(201)
    }
    const put = async (path: string, body: string) =>
      expect((await radicale.request('jo', 'PUT', path, body)).status).toBe(201)
    await put('/jo/work/acme.ics', interview('acme@test', 'Interview with Acme for Analyst', '20261020T140000'))
    await put(
      '/jo/work/dentist.ics',
      calendar(vevent({ uid: 'd@test', summary: 'Dentist', lines: ['DTSTART:20261021T080000Z'] })),
    )
    await put('/jo/personal/globex.ics', interview('globex@test', 'Entretien avec Globex', '20261022T100000'))
  })

  afterAll(async () => {
    await radicale?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('refuses a wrong app password with a clear error and keeps nothing', async () => {
    const { host, client } = await openCalendarHost(dataDir)
    try {
      await expect(
        client.addCalendarSource({ kind: 'caldav', server: radicale.base, username: 'jo', password: 'wrong' }),
      ).rejects.toThrow(/refused the user name or app password/)
      expect((await client.getCalendars({})).sources).toEqual([])
    } finally {
      await host.close()
    }
  })

  it('discovers the calendars, suggests their interviews, and brings a moved and a deleted event to the interview', async () => {
    const { host, client } = await openCalendarHost(dataDir)
    try {
      const source = await client.addCalendarSource({
        kind: 'caldav',
        server: radicale.base,
        username: 'jo',
        password: PASSWORD,
      })
      expect(source).toMatchObject({ kind: 'caldav', eventCount: 3, username: 'jo' })
      expect(JSON.stringify(await client.getCalendars({}))).not.toContain(PASSWORD)

      const { settings } = await client.getCalendars({})
      await client.setCalendarSettings({ ...settings, ownAddresses: ['jo@home.example'] })
      const suggestions = await client.listCalendarSuggestions({})
      expect(suggestions.map((each) => each.prefill.company)).toEqual(['Acme', 'Globex'])
      const [acme, globex] = await Promise.all(
        suggestions.map((each) =>
          client.addInterviewFromCalendar({ key: each.key, company: each.prefill.company, role: 'Analyst' }),
        ),
      )
      expect(acme).toMatchObject({ date: '2026-10-20', time: '14:00', arrangers: [{ name: 'Rita Recruiter' }] })
      expect(acme!.interviewers.map((person) => person.name)).toEqual(['Ivan Petrov'])

      // On the server: Acme moves a day and an hour later; Globex is deleted.
      expect(
        (
          await radicale.request(
            'jo',
            'PUT',
            '/jo/work/acme.ics',
            interview('acme@test', 'Interview with Acme for Analyst', '20261021T150000'),
          )
        ).status,
      ).toBe(201)
      expect((await radicale.request('jo', 'DELETE', '/jo/personal/globex.ics')).status).toBe(200)
      await client.syncCalendars({ id: source.id })

      const moved = await client.getInterview({ id: acme!.id })
      expect(moved).toMatchObject({ date: '2026-10-21', time: '15:00', role: 'Analyst' })
      expect(await client.getInterview({ id: globex!.id })).toMatchObject({ company: 'Globex', date: '2026-10-22' })
      const notices = (await client.getHostInfo({})).notices.map((notice) => notice.message)
      expect(notices).toContainEqual(
        expect.stringMatching(/^Calendar moved Acme from 2026-10-20 14:00 .* to 2026-10-21 15:00/),
      )
      expect(notices).toContainEqual(expect.stringMatching(/no longer has the interview at Globex/))
      // The move is in the history: undo puts the old time back.
      expect((await client.undo({})).change?.label).toMatch(/^Calendar moved Acme/)
      expect(await client.getInterview({ id: acme!.id })).toMatchObject({ date: '2026-10-20', time: '14:00' })
    } finally {
      await host.close()
    }
  })

  it('reads nothing more when no calendar changed (ctag), and only what changed otherwise (etags)', async () => {
    const account = { server: radicale.base, username: 'jo', password: PASSWORD }
    const context = { now: NOW, timeZone: 'Europe/Berlin', pause: async () => undefined }
    const first = await readCalDav(account, undefined, context)
    if (!first.changed) throw new Error('the first read must bring the events')
    expect((await readCalDav(account, first.events, context)).changed).toBe(false)

    await radicale.request(
      'jo',
      'PUT',
      '/jo/personal/new.ics',
      interview('new@test', 'Interview with Initech', '20261023T090000'),
    )
    const second = await readCalDav(account, first.events, context)
    if (!second.changed) throw new Error('a new event must be read')
    const acmeHref = Object.keys(first.events.objects).find((href) => href.endsWith('/acme.ics'))!
    // The unchanged object is the very one read before, not a new download.
    expect(second.events.objects[acmeHref]).toBe(first.events.objects[acmeHref])
    expect(
      Object.values(second.events.objects).flatMap((object) => object.events.map((event) => event.summary)),
    ).toContain('Interview with Initech')
  })
})
