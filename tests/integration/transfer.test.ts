import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiError } from '../../shared/api/errors'
import { lineAndColumn } from '../../electron/host/backup/import'
import { fields, makeTempDir, open, person, type TestHost } from '../unit/host/support'
import { snapshotFolder } from './web-fixture'
import { downloadText } from '../support/downloads'

const folders: Array<{ dir: string; cleanup: () => Promise<void> }> = []
const hosts: TestHost[] = []

async function freshHost(): Promise<{ dir: string; host: TestHost }> {
  const folder = await makeTempDir()
  folders.push(folder)
  const host = await open(folder.dir)
  hosts.push(host)
  return { dir: folder.dir, host }
}

beforeEach(() => {
  folders.length = 0
})

afterEach(async () => {
  for (const { host } of hosts.splice(0)) await host.close()
  for (const folder of folders.splice(0)) await folder.cleanup()
})

/** A board with what an export must carry: stages, archive, done tasks, hostile text, unicode notes. */
async function filledBoard(): Promise<TestHost> {
  const { host } = await freshHost()
  const { client } = host
  const acme = await client.createInterview({
    fields: fields('Acme, "Rockets"\nDivision', { interviewers: [person('Dana Reyes'), person('Lee Park')] }),
  })
  const formula = await client.createInterview({
    fields: fields('=HYPERLINK("http://evil")', {
      round: 2,
      decision: {
        informer: 'hr',
        informerName: 'Monica Hall',
        informerEmail: 'monica@evil.example',
        informerPhone: '+1 415 555 0100',
      },
    }),
  })
  const archived = await client.createInterview({ fields: fields('Globex'), stage: 'not-selected' })
  await client.moveInterview({ id: acme.id, stage: 'thanked' })
  await client.updateTask({ interviewId: acme.id, taskId: acme.tasks[0]!.id, action: 'done' })
  await client.setArchived({ id: archived.id, archived: true })
  await client.writeNotes({ id: acme.id, markdown: '# Acme\n\nNächste Runde — 面试 ‮ok\n' })
  await client.writeNotes({ id: formula.id, markdown: '<script>alert(1)</script>' })
  return host
}

describe('export and import', () => {
  it('round-trips everything through an empty data folder: the second export equals the first', async () => {
    const source = await filledBoard()
    const offered = await source.client.exportData({ format: 'json' })
    expect(offered.fileName).toMatch(/^debrief-export-\d{4}-\d{2}-\d{2}\.json$/)
    const first = await downloadText(source.host, offered)

    const { host: target } = await freshHost()
    expect(await target.client.importData({ json: first })).toEqual({ interviews: 3, notes: 2, kept: 0 })
    expect(await downloadText(target.host, target.client.exportData({ format: 'json' }))).toBe(first)
    expect(await target.client.listInterviews({ includeArchived: true })).toEqual(
      await source.client.listInterviews({ includeArchived: true }),
    )
  })

  it('writes CSV by RFC 4180: the people, the outcome and labels only, with formulas made harmless', async () => {
    const host = await filledBoard()
    const text = await downloadText(host.host, host.client.exportData({ format: 'csv' }))
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFFCompany,Role,Round,Date,Time,Time zone,Format,Location,Interviewers,Interviewer emails,Arranged by,Arranger emails,' +
        'Stage,Archived,Decision date,Decision from,Decision channel,Outcome,Outcome received,Outcome note',
    )
    expect(text).toContain(
      '"Acme, ""Rockets""\nDivision",Backend engineer,1,2025-03-07,14:00,Europe/Berlin,In person,,' +
        '"Dana Reyes; Lee Park",,,,Thanked,no,',
    )
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",Backend engineer,2,`)
    expect(text).toContain(',HR: Monica Hall <monica@evil.example> +1 415 555 0100,')
    expect(text).toContain('Globex,Backend engineer,1,2025-03-07,14:00,Europe/Berlin,In person,,Dana Reyes,')
    // Created into Not selected, as a move there does, its result day is the day it came in.
    expect(text).toMatch(/,Not selected,yes,,The interviewer,,Not selected,\d{4}-\d{2}-\d{2},\r\n/)
    expect(text).not.toContain('in-person')
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('merges into a board that has interviews: the same id keeps the newer record, and says how many were kept', async () => {
    const host = await filledBoard()
    const text = await downloadText(host.host, host.client.exportData({ format: 'json' }))
    const [acme, formula] = (await host.client.listInterviews({ includeArchived: true })).filter(
      (interview) => !interview.archived,
    )
    // The board's Acme is now newer than the file's; the file's other two are as on the board.
    await host.client.updateInterview({ id: acme!.id, fields: fields('Acme (renamed since)') })
    const older = JSON.parse(text) as { interviews: Array<{ id: string; company: string; updatedAt: string }> }
    const newer = older.interviews.find((interview) => interview.id === formula!.id)!
    newer.company = 'Formula (newer in the file)'
    newer.updatedAt = '2099-01-01T00:00:00.000Z'

    expect(await host.client.importData({ json: JSON.stringify(older) })).toEqual({ interviews: 1, notes: 0, kept: 2 })
    const companies = (await host.client.listInterviews({ includeArchived: true })).map((i) => i.company).sort()
    expect(companies).toEqual(['Acme (renamed since)', 'Formula (newer in the file)', 'Globex'])
    const { notices } = await host.client.getHostInfo({})
    expect(notices.map((notice) => notice.message)).toContainEqual(expect.stringContaining('2 already on the board'))
  })

  it('refuses malformed files with the line and column, or the path, of the fault, changing nothing', async () => {
    const { dir, host } = await freshHost()
    const before = await snapshotFolder(dir)
    const refusal = (json: string) =>
      host.client.importData({ json }).then(
        () => 'imported',
        (error: ApiError) => error.message,
      )

    expect(await refusal('{\n  "schemaVersion": 1,\n  interviews: []\n}')).toMatch(/not valid JSON at line 3, column 3/)
    expect(await refusal('{"schemaVersion": 1, "interviews": [')).toMatch(
      /not valid JSON at line 1, column 37 \(it ends too early\)/,
    )
    const source = await filledBoard()
    const exported = JSON.parse(await downloadText(source.host, source.client.exportData({ format: 'json' })))
    exported.interviews[1].company = ''
    expect(await refusal(JSON.stringify(exported))).toMatch(
      /interview 2 of 3 \(Backend engineer\): Company is required \(at interviews\[1\]\.company\)/,
    )
    expect(await refusal(JSON.stringify({ ...exported, schemaVersion: 9 }))).toMatch(
      /made by a newer version of Debrief/,
    )
    exported.interviews[1].company = 'Fixed'
    exported.notes['0b7e6a43-1f33-4a0e-9d55-3f0c3f6f1e0a'] = 'orphan'
    expect(await refusal(JSON.stringify(exported))).toMatch(/No interview has this id at notes\.0b7e6a43/)
    expect(await refusal('')).toMatch(/not valid JSON at line 1, column 1/)

    expect(await host.client.listInterviews({ includeArchived: true })).toEqual([])
    expect(await snapshotFolder(dir)).toEqual(before)
  })
})

describe('lineAndColumn', () => {
  it('counts from 1, columns restarting after each newline', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})
