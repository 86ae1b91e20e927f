import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Client } from '../../shared/api/client'
import type { FollowUpItem, FollowUpList, HostEvent } from '../../shared/api/contract'
import type { Interview } from '../../shared/domain/interview'
import { FollowUpsModel } from './followUpsModel'

const ASKED_AT = '2025-03-10T13:00:00.000Z'

function item(company: string, dueAt: string): FollowUpItem {
  return {
    interviewId: crypto.randomUUID(),
    company,
    role: 'Engineer',
    stage: 'interviewed',
    timeZone: 'Europe/Berlin',
    task: { id: crypto.randomUUID(), kind: 'write-summary', title: 'Write', due: '2025-03-10T09:00', status: 'open' },
    dueAt,
    position: 0,
  }
}

function list(items: FollowUpItem[], dueNow: number): FollowUpList {
  return { asOf: new Date().toISOString(), items, total: items.length, dueNow, next: null, replies: [] }
}

/** A host whose answers the test sets; it counts the calls and lets the test send events. */
function fakeHost(answer: () => Promise<FollowUpList>) {
  const listeners = new Set<(event: HostEvent) => void>()
  let calls = 0
  const client = {
    listFollowUps: () => {
      calls++
      return answer()
    },
    onEvent: (listener: (event: HostEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  } as unknown as Client
  return {
    client,
    calls: () => calls,
    emit: (event: HostEvent) => listeners.forEach((listener) => listener(event)),
    listening: () => listeners.size,
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date(ASKED_AT))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the follow-ups model', () => {
  it('asks once however many views show it, and stops listening when the last one goes', async () => {
    const host = fakeHost(async () => list([], 0))
    const model = new FollowUpsModel(host.client)
    const releaseBadge = model.retain()
    const releaseView = model.retain()
    await vi.advanceTimersByTimeAsync(0)
    expect(host.calls()).toBe(1)
    expect(model.state.list?.dueNow).toBe(0)

    releaseView()
    releaseView()
    expect(host.listening()).toBe(1)
    releaseBadge()
    expect(host.listening()).toBe(0)
    await vi.advanceTimersByTimeAsync(5 * 60_000)
    expect(host.calls()).toBe(1)
  })

  it('asks again once after a burst of reconnects, and every minute', async () => {
    const host = fakeHost(async () => list([], 0))
    const model = new FollowUpsModel(host.client)
    model.retain()
    await vi.advanceTimersByTimeAsync(0)

    for (let each = 0; each < 5; each++) host.emit({ topic: 'interviews', ids: [], interviews: [] })
    host.emit({ topic: 'notices' })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(host.calls()).toBe(2)

    await vi.advanceTimersByTimeAsync(60_000)
    expect(host.calls()).toBe(3)
  })

  it('patches in the follow-ups a change event carries, asking the host nothing', async () => {
    const acme = item('Acme', '2025-03-10T08:00:00.000Z')
    const host = fakeHost(async () => list([acme], 1))
    const model = new FollowUpsModel(host.client)
    model.retain()
    await vi.advanceTimersByTimeAsync(0)

    const globex = {
      id: crypto.randomUUID(),
      company: 'Globex',
      role: 'Engineer',
      stage: 'interviewed',
      timeZone: 'Europe/Berlin',
      date: '2025-03-10',
      time: '12:00',
      createdAt: '2025-03-10T07:00:00.000Z',
      archived: false,
      tasks: [
        { id: crypto.randomUUID(), kind: 'thank-you-email', title: 'Thank', due: '2025-03-10T12:00', status: 'open' },
      ],
    } as unknown as Interview
    host.emit({ topic: 'interviews', ids: [acme.interviewId, globex.id], interviews: [globex] })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(host.calls()).toBe(1)
    expect(model.state.list?.items.map((each) => [each.company, each.dueAt])).toEqual([
      ['Globex', '2025-03-10T11:00:00.000Z'],
    ])
    expect(model.state.list).toMatchObject({ total: 1, dueNow: 1 })
  })

  it('asks the host when the list it patches was cut at its limit', async () => {
    const acme = item('Acme', '2025-03-10T08:00:00.000Z')
    const host = fakeHost(async () => ({ ...list([acme], 1), total: 300 }))
    const model = new FollowUpsModel(host.client)
    model.retain()
    await vi.advanceTimersByTimeAsync(0)
    host.emit({ topic: 'interviews', ids: [acme.interviewId], interviews: [] })
    await vi.advanceTimersByTimeAsync(0)
    expect(host.calls()).toBe(2)
  })

  it('asks again the moment a follow-up due later today comes due', async () => {
    const inTenSeconds = new Date(Date.parse(ASKED_AT) + 10_000).toISOString()
    const host = fakeHost(async () => list([item('Acme', ASKED_AT), item('Globex', inTenSeconds)], 1))
    const model = new FollowUpsModel(host.client)
    model.retain()
    await vi.advanceTimersByTimeAsync(9_000)
    expect(host.calls()).toBe(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(host.calls()).toBe(2)
  })

  it('runs one more call for all refreshes asked while one is on its way, each resolving with the news', async () => {
    let dueNow = 0
    const answers: Array<() => void> = []
    const host = fakeHost(() => new Promise((resolve) => answers.push(() => resolve(list([], dueNow)))))
    const model = new FollowUpsModel(host.client)
    const first = model.refresh()
    dueNow = 1
    const second = model.refresh()
    const third = model.refresh()
    answers.shift()!()
    await first
    await vi.advanceTimersByTimeAsync(0)
    expect(host.calls()).toBe(2)
    answers.shift()!()
    await Promise.all([second, third])
    expect(model.state.list?.dueNow).toBe(1)
  })

  it('resolves a change it had to ask the host about once the list holds it, a patch meanwhile included', async () => {
    const acme = item('Acme', '2025-03-10T08:00:00.000Z')
    let items = [acme]
    const answers: Array<() => void> = []
    const host = fakeHost(
      () => new Promise((resolve) => answers.push(() => resolve({ ...list(items, 1), total: 300 }))),
    )
    const model = new FollowUpsModel(host.client)
    const first = model.refresh()
    answers.shift()!()
    await first
    // The list was cut at its limit: the change is asked about, and the host's event patches in meanwhile.
    let applied = false
    void model.applyChanged({ ids: [acme.interviewId], interviews: [] }).then(() => (applied = true))
    items = []
    void model.applyChanged({ ids: [acme.interviewId], interviews: [] })
    answers.shift()!()
    await vi.advanceTimersByTimeAsync(0)
    // That answer may predate the patch: Today put the keyboard back before the row went (a walkthrough).
    expect(applied).toBe(false)
    answers.shift()!()
    await vi.advanceTimersByTimeAsync(0)
    expect(applied).toBe(true)
    expect(model.state.list?.items).toEqual([])
  })

  it('keeps the last list when a refresh fails, says why, and clears that once one succeeds', async () => {
    let fail = false
    const host = fakeHost(async () => {
      if (fail) throw new Error('The host is not answering')
      return list([], 2)
    })
    const model = new FollowUpsModel(host.client)
    await model.refresh()
    fail = true
    await model.refresh()
    expect(model.state).toMatchObject({ error: 'The host is not answering', list: { dueNow: 2 } })
    fail = false
    await model.refresh()
    expect(model.state.error).toBeNull()
  })
})
