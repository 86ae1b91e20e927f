import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takeBackup } from '../../electron/host/backup/backups'
import { METHOD_NAMES, type HostEvent, type MethodName } from '../../shared/api/contract'
import { downloadPath } from '../../shared/api/downloads'
import type { ApiResult } from '../../shared/api/errors'
import type { Interview } from '../../shared/domain/interview'
import { rawRequest, snapshotFolder, startFixture, type WebFixture } from './web-fixture'

let fixture: WebFixture
/** Methods that have had a successful call over HTTP; the last test demands all of them. */
const passed = new Set<MethodName>()

beforeAll(async () => {
  // A damaged settings file gives the host a notice to show and to dismiss.
  fixture = await startFixture('{ this is not json')
})
afterAll(() => fixture.close())

function authorization(): Record<string, string> {
  return { Authorization: `Bearer ${fixture.server.token}` }
}

/** POSTs raw text to a method, as a browser or a tool would. */
async function post(method: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${fixture.base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authorization(), ...headers },
    body,
  })
  return { status: response.status, result: (await response.json()) as ApiResult<unknown> }
}

/** Fetches a file the host offered, as the window's download link does: once, streamed. */
async function download({ download }: { download: string }) {
  const response = await fetch(`${fixture.base}${downloadPath(download)}`, { headers: authorization() })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

/** Calls a method that must succeed and returns its value. */
async function call<T>(method: MethodName, input: unknown): Promise<T> {
  const { status, result } = await post(method, JSON.stringify(input))
  expect(result, `${method} failed`).toMatchObject({ ok: true })
  expect(status).toBe(200)
  passed.add(method)
  return (result as { value: T }).value
}

const acmeFields = {
  company: 'Acme',
  role: 'Engineer',
  date: '2026-03-02',
  time: '10:00',
  timeZone: 'Europe/Berlin',
  interviewers: [{ id: '6f1c1f57-5b0e-4a43-9f39-4bb1f1d7a0aa', name: 'Ada Lovelace', email: 'ada@acme.example' }],
}

describe('the contract over HTTP', () => {
  let acme: Interview
  let globex: Interview

  it('reports the host and its notices', async () => {
    const info = await call<{ version: string; dataDir: string; notices: { id: string; message: string }[] }>(
      'getHostInfo',
      {},
    )
    expect(info.version).toBe('9.9.9-test')
    expect(info.dataDir).toBe(fixture.dataDir)
    const notice = info.notices.find((each) => each.message.includes('settings'))
    expect(notice).toBeDefined()
    await call('dismissNotice', { id: notice!.id })
    const after = await call<{ notices: { id: string }[] }>('getHostInfo', {})
    expect(after.notices.map((each) => each.id)).not.toContain(notice!.id)
  })

  it('reads and writes preferences', async () => {
    const defaults = await call<{ fewDays: number }>('getPreferences', {})
    const changed = await call<{ fewDays: number }>('setPreferences', { ...defaults, fewDays: 5 })
    expect(changed.fewDays).toBe(5)
    expect(await call('getPreferences', {})).toMatchObject({ fewDays: 5 })
  })

  it('creates, reads, lists, updates and moves interviews', async () => {
    acme = await call<Interview>('createInterview', { fields: acmeFields })
    expect(acme).toMatchObject({ company: 'Acme', stage: 'interviewed', round: 1 })
    globex = await call<Interview>('createInterview', {
      fields: { ...acmeFields, company: 'Globex', interviewers: [] },
      stage: 'thanked',
    })
    expect(await call<Interview>('getInterview', { id: acme.id })).toMatchObject({ id: acme.id, company: 'Acme' })

    const updated = await call<Interview>('updateInterview', {
      id: acme.id,
      fields: { ...acmeFields, role: 'Staff Engineer' },
    })
    expect(updated.role).toBe('Staff Engineer')

    const moved = await call<Interview>('moveInterview', { id: acme.id, stage: 'thanked', beforeId: globex.id })
    expect(moved.stage).toBe('thanked')
    const board = await call<Interview[]>('listInterviews', {})
    expect(board.filter((each) => each.stage === 'thanked').map((each) => each.company)).toEqual(['Acme', 'Globex'])
  })

  it('refuses a decision date before the interview with a 400 naming the field', async () => {
    const early = await post(
      'createInterview',
      JSON.stringify({ fields: { ...acmeFields, decision: { expectedDate: '2000-01-01' } } }),
    )
    expect(early.status).toBe(400)
    expect(early.result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'fields.decision.expectedDate' }] },
    })
  })

  it('marks a follow-up task done', async () => {
    const thankYou = acme.tasks.find((task) => task.kind === 'thank-you-email')!
    const updated = await call<Interview>('updateTask', { interviewId: acme.id, taskId: thankYou.id, action: 'done' })
    expect(updated.tasks.find((task) => task.id === thankYou.id)?.status).toBe('done')
    const snoozeWithoutTime = await post(
      'updateTask',
      JSON.stringify({ interviewId: acme.id, taskId: thankYou.id, action: 'snooze' }),
    )
    expect(snoozeWithoutTime.status).toBe(400)
    expect(snoozeWithoutTime.result).toMatchObject({ ok: false, error: { issues: [{ path: 'until' }] } })

    const offered = await call<{ download: string; fileName: string }>('exportCalendar', {})
    expect(offered.fileName).toMatch(/\.ics$/)
    const calendar = await download(offered)
    expect(calendar).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' })
    expect(calendar.text).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/)
    expect(calendar.text).not.toContain(`UID:${thankYou.id}@debrief`)
    // Once only: the id is spent.
    expect((await download(offered)).status).toBe(404)

    const followUps = await call<{ items: { task: { id: string } }[] }>('listFollowUps', {})
    expect(followUps.items.map((item) => item.task.id)).not.toContain(thankYou.id)
  })

  it('marks every follow-up due by now done, or none yet, and takes the answer to "Still send the letter?"', async () => {
    expect((await call<Interview>('markNoneDoneYet', { interviewId: globex.id })).noneDoneYet).toBe(true)
    const done = await call<Interview>('markDoneUpToNow', { interviewId: globex.id })
    expect(done.tasks.filter((task) => task.status === 'done').every((task) => task.closedBy === 'already-done')).toBe(
      true,
    )
    const answered = await call<Interview>('answerStillSend', { interviewId: globex.id, send: false })
    expect(answered.stillSend).toBe('no')
  })

  it('keeps notes and refuses a write over a newer version', async () => {
    const { revision } = await call<{ revision: string }>('writeNotes', { id: acme.id, markdown: '# Went well' })
    expect(await call('readNotes', { id: acme.id })).toEqual({ markdown: '# Went well', revision })
    await call('writeNotes', { id: acme.id, markdown: '# Went very well', baseRevision: revision })
    const stale = await post('writeNotes', JSON.stringify({ id: acme.id, markdown: 'old', baseRevision: revision }))
    expect(stale.status).toBe(409)
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('searches notes, finds interviews by the people met, and gathers improvements', async () => {
    const found = await call<{ hits: { interviewId: string }[]; total: number }>('searchNotes', { query: 'very' })
    expect(found.hits.map((hit) => hit.interviewId)).toEqual([acme.id])
    const byPerson = await call<{ interviewId: string }[]>('quickOpen', { query: 'ada' })
    expect(byPerson.map((hit) => hit.interviewId)).toContain(acme.id)
    expect(await call('listImprovements', {})).toEqual([])
  })

  it('archives, deletes, undoes and redoes', async () => {
    await call('setArchived', { id: globex.id, archived: true })
    expect((await call<Interview[]>('listInterviews', {})).map((each) => each.id)).not.toContain(globex.id)
    expect((await call<Interview[]>('listInterviews', { includeArchived: true })).map((each) => each.id)).toContain(
      globex.id,
    )

    await call('deleteInterview', { id: acme.id })
    const missing = await post('getInterview', JSON.stringify({ id: acme.id }))
    expect(missing.status).toBe(404)
    expect(missing.result).toMatchObject({ ok: false, error: { code: 'not-found' } })

    expect(await call('undo', {})).toEqual({ change: expect.objectContaining({ interviewId: acme.id }) })
    expect(await call<Interview>('getInterview', { id: acme.id })).toMatchObject({ company: 'Acme' })
    expect(await call('redo', {})).toEqual({ change: expect.objectContaining({ interviewId: acme.id }) })
    expect((await post('getInterview', JSON.stringify({ id: acme.id }))).status).toBe(404)
  })

  it('serves the board: sample interviews that come and go, pages of a stage, interviews by id', async () => {
    const { ids } = await call<{ ids: string[] }>('loadSamples', { timeZone: 'Europe/Berlin' })
    expect(await call('listSamples', {})).toEqual({ ids })
    const page = await call<{ interviews: Interview[]; more: boolean }>('listStagePage', {
      stage: 'interviewed',
      limit: 1,
    })
    expect(ids).toContain(page.interviews[0]?.id)
    expect((await call<Interview[]>('getInterviews', { ids })).map((each) => each.id)).toEqual(ids)
    expect(await call('removeSamples', {})).toEqual({ ids })
  })

  it('exports everything, restores an empty backup, and imports the export back', async () => {
    const before = await call<Interview[]>('listInterviews', { includeArchived: true })
    const exported = await download(await call<{ download: string }>('exportData', { format: 'json' }))
    const csv = await download(await call<{ download: string }>('exportData', { format: 'csv' }))
    expect(csv.text.split('\r\n')[0]).toMatch(/^Company,Role,/)

    await takeBackup(fixture.dataDir, '2025-01-01', { takenAt: new Date(), interviews: [], version: '9.9.9-test' })
    const manual = await call<{ name: string; kind: string }>('backUpNow', {})
    expect(manual.kind).toBe('manual')
    const backups = await call<{ name: string }[]>('listBackups', {})
    expect(backups.map((backup) => backup.name)).toContain('2025-01-01')
    await call('restoreBackup', { name: '2025-01-01' })
    expect(await call<Interview[]>('listInterviews', { includeArchived: true })).toEqual([])

    await call('importData', { json: exported.text })
    const after = await call<Interview[]>('listInterviews', { includeArchived: true })
    expect(after.map((each) => [each.id, each.company, each.stage]).sort()).toEqual(
      before.map((each) => [each.id, each.company, each.stage]).sort(),
    )
  })

  it('reads a calendar file, suggests its interviews, adds one and forgets the source', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...['Interview with Initech', 'Interview with Umbrella'].flatMap((summary, index) => [
        'BEGIN:VEVENT',
        `UID:http-${index}@test`,
        `SUMMARY:${summary}`,
        `DTSTART:${new Date(Date.now() + (index + 1) * 86_400_000).toISOString().replace(/[-:]|\.\d+/g, '')}`,
        'END:VEVENT',
      ]),
      'END:VCALENDAR',
    ].join('\r\n')
    const source = await call<{ id: string }>('addCalendarSource', { kind: 'file', fileName: 'work.ics', text: ics })
    const settings = (await call<{ settings: object }>('getCalendars', {})).settings
    await call('setCalendarSettings', { ...settings, promptDelayMinutes: 15 })
    await call('syncCalendars', {})
    const [initech, umbrella] = await call<{ key: string }[]>('listCalendarSuggestions', {})
    await call('dismissCalendarSuggestion', { key: umbrella!.key })
    const added = await call<Interview>('addInterviewFromCalendar', {
      key: initech!.key,
      company: 'Initech',
      role: 'QA',
    })
    expect(added).toMatchObject({ company: 'Initech', role: 'QA' })
    expect(await call('listCalendarInterviews', {})).toEqual([
      { interviewId: added.id, start: expect.any(String), end: expect.any(String), cancelled: false },
    ])
    expect(await call('listCalendarSuggestions', {})).toEqual([])
    expect(await call('listUpcomingInterviews', { limit: 10 })).toContainEqual(
      expect.objectContaining({ interviewId: added.id, company: 'Initech', round: 1 }),
    )
    expect(await call('listEarlierRounds', { id: added.id })).toEqual([])
    expect(await call('removeCalendarSource', { id: source.id })).toEqual({ id: source.id })
  })

  it('keeps the window’s open tabs for the next start', async () => {
    expect(await call('getWindowState', {})).toBeNull()
    const state = { tabs: [{ kind: 'board' }, { kind: 'settings' }], active: 1, scroll: [null, [0, 120]] }
    expect(await call('setWindowState', state)).toEqual(state)
    expect(await call('getWindowState', {})).toEqual(state)
  })

  it('has a passing call for every method of the contract', () => {
    expect(METHOD_NAMES.filter((method) => !passed.has(method))).toEqual([])
  })
})

describe('malformed requests', () => {
  const validId = '0b7e6a43-1f33-4a0e-9d55-3f0c3f6f1e0a'
  const cases: { name: string; method: string; body: string; field: string }[] = [
    {
      name: 'a wrong type',
      method: 'createInterview',
      body: JSON.stringify({ fields: { ...acmeFields, company: 42 } }),
      field: 'fields.company: Company must be text',
    },
    {
      name: 'a missing field',
      method: 'createInterview',
      body: JSON.stringify({ fields: { company: 'Acme' } }),
      field: 'fields.role',
    },
    {
      name: 'an unknown stage',
      method: 'moveInterview',
      body: JSON.stringify({ id: validId, stage: 'hired' }),
      field: 'stage: Must be one of the stages',
    },
    {
      name: 'a __proto__ key',
      method: 'listInterviews',
      body: '{"__proto__":{"includeArchived":true,"polluted":true}}',
      field: '__proto__',
    },
    {
      name: 'a __proto__ key inside the fields',
      method: 'createInterview',
      body: `{"fields":{"__proto__":{"polluted":true},${JSON.stringify(acmeFields).slice(1)}}`,
      field: '__proto__',
    },
    {
      name: 'a 10 MB company name',
      method: 'createInterview',
      body: JSON.stringify({ fields: { ...acmeFields, company: 'A'.repeat(10_000_000) } }),
      field: 'fields.company: Company must be at most 200 characters',
    },
    {
      name: 'a date that does not exist',
      method: 'createInterview',
      body: JSON.stringify({ fields: { ...acmeFields, date: '2026-02-30' } }),
      field: 'fields.date: Must be a real date',
    },
    {
      name: 'a body that is not JSON',
      method: 'createInterview',
      body: '{"fields": ',
      field: 'Request body is not valid JSON',
    },
  ]

  for (const { name, method, body, field } of cases) {
    it(`refuses ${name}, naming it, and leaves the data files untouched`, async () => {
      const before = await snapshotFolder(fixture.dataDir)
      const { status, result } = await post(method, body)
      expect(status).toBe(400)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(result.ok ? '' : result.error.message).toContain(field)
      expect(await snapshotFolder(fixture.dataDir)).toEqual(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('refuses a body that is not JSON by its content type', async () => {
    const { status, result } = await post('listInterviews', '{}', { 'Content-Type': 'text/plain' })
    expect(status).toBe(415)
    expect(result).toMatchObject({ ok: false, error: { message: 'Content-Type must be application/json' } })
  })

  it('refuses a declared body over 16 MiB without reading it', async () => {
    const response = await rawRequest(fixture.server.port, {
      method: 'POST',
      path: '/api/writeNotes',
      headers: { ...authorization(), 'Content-Type': 'application/json', 'Content-Length': String(17 * 1024 * 1024) },
    }).catch((error: Error) => ({ status: 0, body: error.message }))
    expect(response.status).toBe(413)
  })

  it('stops reading a streamed body once it passes 16 MiB', async () => {
    const before = await snapshotFolder(fixture.dataDir)
    const chunk = Buffer.alloc(1024 * 1024, 'a')
    const response = await rawRequest(fixture.server.port, {
      method: 'POST',
      path: '/api/writeNotes',
      headers: { ...authorization(), 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      chunks: Array.from({ length: 17 }, () => chunk),
    }).catch((error: Error) => ({ status: 0, body: error.message }))
    expect(response.status).toBe(413)
    expect(await snapshotFolder(fixture.dataDir)).toEqual(before)
  })

  it('answers 404 for a method the contract does not have, and 405 for a GET', async () => {
    const unknown = await post('dropDatabase', '{}')
    expect(unknown.status).toBe(404)
    expect(unknown.result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((await post('constructor', '{}')).status).toBe(404)
    const get = await fetch(`${fixture.base}/api/listInterviews`, { headers: authorization() })
    expect(get.status).toBe(405)
  })
})

describe('events', () => {
  it('streams a change made by another client within a second, and lets go when the stream closes', async () => {
    const abort = new AbortController()
    const stream = await fetch(`${fixture.base}/api/events`, { headers: authorization(), signal: abort.signal })
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader()
    let received = ''
    while (!received.includes(': connected')) received += (await reader.read()).value ?? ''

    // The second client authenticates the way a browser tab does: by the cookie the token link set.
    const login = await fetch(`${fixture.base}/?token=${fixture.server.token}`, { redirect: 'manual' })
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const created = await fetch(`${fixture.base}/api/createInterview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: fixture.base },
      body: JSON.stringify({ fields: { ...acmeFields, company: 'Initech' } }),
    })
    const { value: initech } = (await created.json()) as { value: Interview }

    const event = await new Promise<HostEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within a second')), 1000)
      const pump = async () => {
        for (;;) {
          const data = /^data: (.*)$/m.exec(received)
          if (data) {
            clearTimeout(timer)
            return resolve(JSON.parse(data[1]!) as HostEvent)
          }
          received += (await reader.read()).value ?? ''
        }
      }
      pump().catch(reject)
    })
    expect(event).toMatchObject({
      topic: 'interviews',
      ids: [initech.id],
      interviews: [expect.objectContaining({ id: initech.id })],
    })

    expect(fixture.activeSubscriptions()).toBe(1)
    abort.abort()
    await expect.poll(() => fixture.activeSubscriptions()).toBe(0)
  })
})
