import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { interviewsFileSchema } from '../../../shared/domain/interview'
import { migrateInterviewsData, NewerDataVersionError } from '../../../electron/host/storage/migrations'
import { fields, filesIn, makeTempDir, open } from './support'

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  await cleanup()
})

const ACME_ID = '6f1c2a0e-8d4b-4c1e-9a7f-2b3c4d5e6f70'
const GLOBEX_ID = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'
const INITECH_ID = 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f'

/** A file as the first Debrief wrote it: no schemaVersion, one instant per interview, no board order. */
const v0File = {
  interviews: [
    {
      id: ACME_ID,
      company: 'Acme',
      role: 'Engineer',
      startsAt: '2024-11-05T13:30:00Z',
      format: 'video',
      interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }, { name: 'Lee Park' }],
      decision: { expectedDate: '2024-11-12', informer: 'hr', channel: 'email' },
      stage: 'thanked',
      createdAt: '2024-11-05T15:00:00Z',
      updatedAt: '2024-11-05T15:00:00Z',
    },
    {
      id: GLOBEX_ID,
      company: 'Globex',
      role: 'Lead',
      round: 2,
      startsAt: '2024-07-01T23:15:00-07:00',
      stage: 'thanked',
      createdAt: '2024-07-02T08:00:00Z',
      updatedAt: '2024-07-02T08:00:00Z',
    },
    {
      id: INITECH_ID,
      company: 'Initech',
      role: 'Analyst',
      startsAt: '2024-12-01T09:00:00+01:00',
      stage: 'offer',
      createdAt: '2024-12-01T12:00:00Z',
      updatedAt: '2024-12-01T12:00:00Z',
    },
  ],
}

describe('migration from version 0', () => {
  it('turns instants into wall-clock date, time and zone, and adds order, archive flag, arrangers and person ids', () => {
    const { data, fromVersion } = migrateInterviewsData(v0File, 'interviews.json', { timeZone: 'Europe/Berlin' })
    expect(fromVersion).toBe(0)
    const file = interviewsFileSchema.parse(data)
    expect(file.schemaVersion).toBe(1)
    const [acme, globex, initech] = file.interviews
    expect(acme).toMatchObject({ date: '2024-11-05', time: '14:30', timeZone: 'Europe/Berlin', format: 'video' })
    expect(acme).toMatchObject({ archived: false, arrangers: [], tasks: [], round: 1 })
    expect(acme!.decision).toEqual({ expectedDate: '2024-11-12', informer: 'hr', informerName: '', channel: 'email' })
    expect(acme!.interviewers.map((p) => [p.name, p.email])).toEqual([
      ['Dana Reyes', 'dana@acme.example'],
      ['Lee Park', ''],
    ])
    // 23:15 in California on 1 July is 08:15 the next morning in Berlin.
    expect(globex).toMatchObject({ date: '2024-07-02', time: '08:15', round: 2 })
    // Within a stage the old list order becomes the board order.
    expect(acme!.order < globex!.order).toBe(true)
    expect(initech!.order).toBeTruthy()
  })

  it('gives the same person ids when the same file is migrated twice', () => {
    const ids = () =>
      interviewsFileSchema
        .parse(migrateInterviewsData(v0File, 'x', { timeZone: 'UTC' }).data)
        .interviews.flatMap((i) => i.interviewers.map((p) => p.id))
    expect(ids()).toEqual(ids())
    expect(new Set(ids()).size).toBe(2)
  })

  it('opens a version 0 data folder, keeps the original file, and rewrites it in the current version', async () => {
    const original = JSON.stringify(v0File, null, 2)
    await writeFile(join(dir, 'interviews.json'), original)
    const { host, client } = await open(dir)
    expect((await client.listInterviews({})).map((i) => `${i.stage}:${i.company}`)).toEqual([
      'thanked:Acme',
      'thanked:Globex',
      'offer:Initech',
    ])
    const [notice] = (await client.getHostInfo({})).notices
    expect(notice).toMatchObject({ level: 'info' })
    expect(notice!.message).toContain('interviews.json.v0')
    expect(await readFile(join(dir, 'interviews.json.v0'), 'utf8')).toBe(original)
    expect(JSON.parse(await readFile(join(dir, 'interviews.json'), 'utf8')).schemaVersion).toBe(1)
    await client.updateInterview({ id: ACME_ID, fields: fields('Acme Inc') })
    await host.close()

    const reopened = await open(dir)
    expect((await reopened.client.getInterview({ id: ACME_ID })).company).toBe('Acme Inc')
    expect((await reopened.client.getHostInfo({})).notices).toEqual([])
    await reopened.host.close()
  })
})

describe('a data folder from a newer Debrief', () => {
  it('is refused, untouched, with a message saying a newer version wrote it', async () => {
    const future = JSON.stringify({ schemaVersion: 2, interviews: [], somethingNew: true })
    await writeFile(join(dir, 'interviews.json'), future)
    const error = await open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NewerDataVersionError)
    expect((error as Error).message).toContain('written by a newer version of Debrief')
    expect(await readFile(join(dir, 'interviews.json'), 'utf8')).toBe(future)
    expect(await filesIn(dir)).toEqual(['interviews.json'])
  })

  it('is refused when its change journal was written by a newer version', async () => {
    const first = await open(dir)
    await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    await writeFile(join(dir, 'interviews.journal'), '{"v":2,"seq":2,"op":"rename-everything"}\n')
    await expect(open(dir)).rejects.toThrow(/written by a newer version of Debrief/)
    // The lock was released: once the newer journal is gone, the folder opens again.
    await writeFile(join(dir, 'interviews.journal'), '')
    const reopened = await open(dir)
    expect(await reopened.client.listInterviews({})).toHaveLength(1)
    await reopened.host.close()
  })
})
