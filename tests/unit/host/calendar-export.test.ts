import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/api/errors'
import type { Interview } from '../../../shared/domain/interview'
import { effectiveDue, wallTimeToInstant } from '../../../shared/workflow'
import { fields, person, useTempHosts } from './support'
import { downloadText } from '../../support/downloads'

const hosts = useTempHosts()

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  }))
}

function openTasks(interview: Interview) {
  return interview.tasks.filter((task) => task.status === 'open')
}

describe('exportCalendar', () => {
  it('puts every open follow-up of the board in the calendar, one event each, and leaves out done and archived ones', async () => {
    const { host, client } = await hosts.open()
    const awkward = `Zoë "Zo" O'Brien & Søn; <img src=x onerror=alert(1)>`
    const acme = await client.createInterview({
      fields: fields('Acme', { interviewers: [person(awkward), person('Lee Wong')] }),
    })
    const thankLee = acme.tasks.find((task) => task.kind === 'thank-you-email' && task.title.includes('Lee Wong'))!
    const afterDone = await client.updateTask({ interviewId: acme.id, taskId: thankLee.id, action: 'done' })
    const globex = await client.createInterview({ fields: fields('Globex') })
    await client.setArchived({ id: globex.id, archived: true })

    const offered = await client.exportCalendar({})
    const text = await downloadText(host, offered)

    expect(offered.fileName).toMatch(/^debrief-follow-ups-\d{4}-\d{2}-\d{2}\.ics$/)
    const events = eventsOf(text)
    const expected = openTasks(afterDone)
    expect(events.map((event) => event.uid).sort()).toEqual(expected.map((task) => `${task.id}@debrief`).sort())
    expect(events.map((event) => event.uid)).not.toContain(`${thankLee.id}@debrief`)
    expect(events.some((event) => globex.tasks.some((task) => event.uid === `${task.id}@debrief`))).toBe(false)

    const thankAwkward = expected.find((task) => task.kind === 'thank-you-email')!
    const event = events.find((each) => each.uid === `${thankAwkward.id}@debrief`)!
    expect(event.summary).toBe(`${thankAwkward.title} — Acme`)
    expect(event.summary).toContain(awkward)
    // Due on 7 March; the host's clock reads 10 March 09:00: overdue, so placed today at the next quarter hour.
    expect(wallTimeToInstant(effectiveDue(thankAwkward), 'Europe/Berlin').toISOString()).toBe(
      '2025-03-07T16:30:00.000Z',
    )
    expect(event.start).toBe('2025-03-10T09:15:00.000Z')
  })

  it('leaves the sample interviews out unless asked for them', async () => {
    const { host, client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme') })
    const { ids } = await client.loadSamples({ timeZone: 'Europe/Berlin' })
    const sampleTasks = new Set(
      (await client.getInterviews({ ids })).flatMap((interview) => interview.tasks.map((task) => `${task.id}@debrief`)),
    )

    const uids = eventsOf(await downloadText(host, client.exportCalendar({}))).map((event) => event.uid)
    expect(uids.filter((uid) => sampleTasks.has(uid))).toEqual([])
    expect(uids).toContain(`${openTasks(acme)[0]!.id}@debrief`)
    const withSamples = eventsOf(await downloadText(host, client.exportCalendar({ includeSamples: true })))
    expect(withSamples.some((event) => sampleTasks.has(event.uid))).toBe(true)
  })

  it('says so when there is nothing open to export', async () => {
    const { client } = await hosts.open()
    const acme = await client.createInterview({ fields: fields('Acme') })
    for (const task of acme.tasks) await client.updateTask({ interviewId: acme.id, taskId: task.id, action: 'dismiss' })

    const failure = await client.exportCalendar({}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ code: 'not-found', message: expect.stringMatching(/no open follow-ups/) })
  })
})
