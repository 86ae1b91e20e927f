import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openHost } from '../../electron/host/service'
import { parseCalendarInSlices } from '../../shared/calendar/ics'
import { startFeedServer } from '../support/feed-server'
import { calendar, vevent } from '../support/ics-builder'
import { median, type BenchResult } from './result'

/**
 * The calendar's cost, as a user with a busy work calendar meets it: the first read of a 5,000-event
 * subscription (calendar.sync.5k, target ≤ 2,000 ms) and a read when nothing changed
 * (calendar.resync.5k, the server answers 304, target ≤ 100 ms). Meanwhile another request is sent
 * again and again; the longest one waited (…maxWait, target ≤ 50 ms) says whether a sync held the others up.
 * …sync.5k.cpu is the CPU time the process spent meanwhile: on a shared machine, wall time alone misleads.
 */

const EVENTS = 5000
const RESYNCS = 21
const settings = { get: () => undefined, set: () => undefined }

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** 5,000 events over a year around now: one in ten a weekly series, one in twenty an interview, zones mixed. */
function busyCalendar(now: Date): string {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London']
  const events = Array.from({ length: EVENTS }, (_, index) => {
    const day = new Date(now.getTime() + ((index % 365) - 120) * 86_400_000)
    const stamp = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}T${pad(8 + (index % 9))}0000`
    const interview = index % 20 === 0
    return vevent({
      uid: `bench-${index}@debrief`,
      summary: interview
        ? `Interview with Company ${index} for Engineer`
        : `Meeting ${index} about topic ${index % 97}`,
      lines: [
        `DTSTART;TZID=${zones[index % zones.length]}:${stamp}`,
        'DURATION:PT45M',
        `DESCRIPTION:Agenda item ${index}\\nJoin https://meet.google.com/abc-defg-${index}`,
        `ORGANIZER;CN=Organizer ${index % 50}:mailto:organizer${index % 50}@company${index % 40}.example`,
        `ATTENDEE;CN=Person ${index % 300}:mailto:person${index % 300}@company${index % 40}.example`,
        ...(index % 10 === 0 ? ['RRULE:FREQ=WEEKLY;COUNT=8'] : []),
      ],
    })
  })
  return calendar(...events)
}

/** Sends one light request after another until stopped; the longest answer is how long a request waited. */
function probeRequests(call: () => Promise<unknown>): { stop: () => Promise<number> } {
  let running = true
  let longest = 0
  const loop = (async () => {
    while (running) {
      const start = performance.now()
      await call()
      longest = Math.max(longest, performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return longest
    },
  }
}

/**
 * The longest stretch of CPU time the parser spends between two pauses, in a fresh read of the
 * calendar: what a sync can hold other requests up by, on any machine, however loaded (wall-clock waits
 * on a shared machine add the time other processes had the core).
 */
async function longestParseSliceCpu(text: string): Promise<number> {
  let longest = 0
  let since = process.cpuUsage()
  await parseCalendarInSlices(text, { now: new Date(), timeZone: 'Europe/Berlin' }, async () => {
    const used = process.cpuUsage(since)
    longest = Math.max(longest, (used.user + used.system) / 1000)
    await new Promise((resolve) => setImmediate(resolve))
    since = process.cpuUsage()
  })
  const last = process.cpuUsage(since)
  return Math.max(longest, (last.user + last.system) / 1000)
}

export async function benchCalendar(): Promise<BenchResult[]> {
  const server = await startFeedServer()
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-bench-calendar-'))
  const host = await openHost({ dataDir, settings, version: 'bench' })
  try {
    const text = busyCalendar(new Date())
    server.serve('/busy.ics', text)
    const probe = () => host.api.getHostInfo({})

    const firstProbe = probeRequests(probe)
    // The machine may be shared: the process's own CPU time says what the sync cost, whatever else ran.
    const cpuBefore = process.cpuUsage()
    const start = performance.now()
    const source = await host.api.addCalendarSource({
      kind: 'subscription',
      label: 'Work',
      address: `${server.base}/busy.ics`,
    })
    const sync = performance.now() - start
    const cpu = process.cpuUsage(cpuBefore)
    const syncWait = await firstProbe.stop()
    if (source.eventCount < EVENTS) throw new Error(`only ${source.eventCount} events were read`)

    const resyncProbe = probeRequests(probe)
    const resyncs: number[] = []
    for (let index = 0; index < RESYNCS; index++) {
      const began = performance.now()
      await host.api.syncCalendars({ id: source.id })
      resyncs.push(performance.now() - began)
    }
    const resyncWait = await resyncProbe.stop()
    const suggestionsStart = performance.now()
    const suggestions = await host.api.listCalendarSuggestions({})
    const suggest = performance.now() - suggestionsStart
    if (suggestions.length === 0) throw new Error('no interview was suggested')
    const parseSlice = await longestParseSliceCpu(text)

    return [
      { name: 'calendar.sync.5k', value: sync, unit: 'ms' },
      { name: 'calendar.sync.5k.maxWait', value: syncWait, unit: 'ms' },
      // User and system CPU time of the whole process over the sync, the probe's requests included.
      { name: 'calendar.sync.5k.cpu', value: (cpu.user + cpu.system) / 1000, unit: 'ms' },
      { name: 'calendar.resync.5k', value: median(resyncs), unit: 'ms' },
      { name: 'calendar.resync.5k.maxWait', value: resyncWait, unit: 'ms' },
      { name: 'calendar.suggestions.5k', value: suggest, unit: 'ms' },
      { name: 'calendar.parse.5k.longestSliceCpu', value: parseSlice, unit: 'ms' },
    ]
  } finally {
    await host.close()
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
