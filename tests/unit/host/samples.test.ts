import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/api/contract'
import { SAMPLES_FILE } from '../../../electron/host/interviews/samples'
import { resultAskedOn, tasksToAskIfDone } from '../../../shared/workflow/progress'
import { fields, readJson, useTempHosts } from './support'

const temp = useTempHosts()

const openHere = (now = () => new Date('2025-03-10T09:00:00.000Z')) => temp.open({ now })

describe('sample interviews', () => {
  it('loads a few interviews across the stages, dated around today, with some follow-ups done and some due', async () => {
    const { client, host } = await openHere()
    const events: HostEvent[] = []
    host.onEvent((event) => events.push(event))
    const { ids } = await client.loadSamples({ timeZone: 'America/New_York' })

    const samples = await client.listInterviews({})
    expect(samples.map((interview) => interview.id).sort()).toEqual([...ids].sort())
    expect(new Set(samples.map((interview) => interview.stage)).size).toBeGreaterThanOrEqual(5)
    // Most are in the user's zone; a few are abroad, never all in one zone.
    const zones = samples.map((interview) => interview.timeZone)
    expect(zones.filter((zone) => zone === 'America/New_York').length).toBeGreaterThanOrEqual(3)
    expect(new Set(zones).size).toBeGreaterThanOrEqual(3)
    // 09:00 UTC is 05:00 in New York: "today" there is Monday 10 March, and the first sample was the last
    // working day before it, Friday 7 March. No sample falls on a weekend.
    expect(samples.find((interview) => interview.stage === 'interviewed')?.date).toBe('2025-03-07')
    for (const day of samples.flatMap((interview) => [interview.date, interview.decision.expectedDate])) {
      expect([0, 6]).not.toContain(new Date(`${day}T12:00:00Z`).getUTCDay())
    }
    const tasks = samples.flatMap((interview) => interview.tasks)
    expect(tasks.some((task) => task.status === 'done')).toBe(true)
    expect(tasks.some((task) => task.status === 'open' && task.due < '2025-03-10T05:00')).toBe(true)
    // Each follow-up done was done on the day it was due, not at the moment the samples were loaded, so the
    // check again recalls the day the result was asked for.
    const done = tasks.filter((task) => task.status === 'done')
    expect(done.every((task) => task.completedAt! < '2025-03-10T09:00:00.000Z')).toBe(true)
    const inquired = samples.find((interview) => interview.stage === 'result-inquired')!
    expect(resultAskedOn(inquired)).toBe(
      inquired.tasks.find((task) => task.kind === 'inquire-result')!.due.slice(0, 10),
    )
    // Samples lead with their follow-ups, not with the question an interview entered late asks.
    expect(samples.every((interview) => tasksToAskIfDone(interview).length === 0)).toBe(true)
    expect(events).toEqual([{ topic: 'interviews', ids, interviews: expect.arrayContaining(samples) }])
    expect(await client.listSamples({})).toEqual({ ids })
  })

  it('loads them once: a second load while they are there adds nothing', async () => {
    const { client } = await openHere()
    const { ids } = await client.loadSamples({ timeZone: 'Europe/Berlin' })
    expect(await client.loadSamples({ timeZone: 'Europe/Berlin' })).toEqual({ ids })
    expect(await client.listInterviews({})).toHaveLength(ids.length)
  })

  it('removes exactly the samples, even after a restart, and leaves the user’s own interviews', async () => {
    const first = await openHere()
    const own = await first.client.createInterview({ fields: fields('Acme') })
    const { ids } = await first.client.loadSamples({ timeZone: 'Europe/Berlin' })
    await first.client.moveInterview({ id: ids[0]!, stage: 'offer' })
    await first.host.close()

    const { client } = await openHere()
    expect((await client.listSamples({})).ids.sort()).toEqual([...ids].sort())
    expect((await client.removeSamples({})).ids.sort()).toEqual([...ids].sort())
    expect((await client.listInterviews({})).map((interview) => interview.id)).toEqual([own.id])
    expect(await client.listSamples({})).toEqual({ ids: [] })

    // Each removal is an ordinary undoable change.
    expect((await client.undo({})).change?.label).toMatch(/^Remove sample interview /)
    expect(await client.listInterviews({})).toHaveLength(2)
    expect((await client.listSamples({})).ids).toHaveLength(1)
  })

  it('keeps the sample ids in their own small file beside the interviews', async () => {
    const { client } = await openHere()
    const { ids } = await client.loadSamples({ timeZone: 'Europe/Berlin' })
    expect(await readJson(join(temp.dir, SAMPLES_FILE))).toEqual({ schemaVersion: 1, ids })
  })

  it('tells the user when the samples file is damaged, and removes nothing', async () => {
    await writeFile(join(temp.dir, SAMPLES_FILE), '{"schemaVersion":1,"ids":[')
    const { client } = await openHere()
    await client.createInterview({ fields: fields('Acme') })
    expect(await client.removeSamples({})).toEqual({ ids: [] })
    expect(await client.listInterviews({})).toHaveLength(1)
    const { notices } = await client.getHostInfo({})
    expect(notices.map((notice) => notice.message).join('\n')).toContain('sample interviews')
  })
})
