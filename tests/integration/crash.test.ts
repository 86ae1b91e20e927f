import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ExpectedState, type DiskState } from '../reliability/crash-model'
import type { RecordJson } from '../reliability/crash-protocol'
import { runCrashTest } from '../reliability/crash-run'

/** The quick form of `npm run test:crash`: 20 SIGKILLs instead of 200. */

function record(company: string, extra: Partial<RecordJson> = {}): RecordJson {
  return { id: randomUUID(), company, stage: 'interviewed', location: '', archived: false, tasks: [], ...extra }
}

function disk(records: RecordJson[], notes: Record<string, string> = {}): DiskState {
  return { records: new Map(records.map((item) => [item.id, item])), notesOf: (id) => notes[id] ?? '' }
}

describe('the crash test', () => {
  it('loses no acknowledged change over 20 kills of a host in mid-change', { timeout: 120_000 }, async () => {
    const seed = Date.now() % 2 ** 31
    const result = await runCrashTest({ kills: 20, seed })

    expect(result.problems, `seed ${seed}`).toEqual([])
    expect(result.kills).toBe(20)
    expect(result.acknowledged).toBeGreaterThan(20)
    expect(result.lost).toBe(0)
  })
})

describe('its model of what must survive', () => {
  it('counts an acknowledged record missing from disk, and changed notes, as lost', () => {
    const expected = new ExpectedState()
    const acme = record('Acme')
    expected.apply({ op: 'create', id: acme.id, record: acme })
    expected.apply({ op: 'notes', id: acme.id, markdown: 'kept' })

    expect(expected.reconcile(disk([acme], { [acme.id]: 'kept' }), undefined).lost).toEqual([])
    expect(expected.reconcile(disk([], { [acme.id]: 'other' }), undefined).lost).toHaveLength(2)
  })

  it('accepts the call in flight either way, and only as it was asked', () => {
    const expected = new ExpectedState()
    const acme = record('Acme')
    expected.apply({ op: 'create', id: acme.id, record: acme })
    const pending = { op: 'update', id: acme.id, location: 'Room 7' } as const

    expect(expected.reconcile(disk([acme]), pending).lost).toEqual([])
    expect(expected.reconcile(disk([{ ...acme, location: 'Elsewhere' }]), pending).lost).toHaveLength(1)
    const landed = { ...acme, location: 'Room 7' }
    expect(expected.reconcile(disk([landed]), pending).lost).toEqual([])
    expect(expected.records.get(acme.id)).toEqual(landed)
  })

  it('takes a restore of a backup with the same interviews as not landed while notes written since are there', () => {
    const expected = new ExpectedState()
    const acme = record('Acme')
    expected.apply({ op: 'create', id: acme.id, record: acme })
    expected.apply({ op: 'notes', id: acme.id, markdown: 'written after the backup' })
    const backup = { records: new Map([[acme.id, acme]]), notes: new Map<string, string>() }
    const restore = { op: 'restore', name: '2026-12-19' } as const

    const untouched = { ...disk([acme], { [acme.id]: 'written after the backup' }), backup }
    expect(expected.reconcile(untouched, restore).lost).toEqual([])
    expect(expected.notes.get(acme.id)).toBe('written after the backup')
    expect(expected.reconcile({ ...disk([acme]), backup }, restore).lost).toEqual([])
    expect(expected.notes.get(acme.id)).toBe('')
  })

  it('knows what an undo restores, so an undo that lands unacknowledged is not a loss', () => {
    const expected = new ExpectedState()
    const acme = record('Acme')
    const moved = { ...acme, stage: 'thanked' }
    expected.apply({ op: 'create', id: acme.id, record: acme })
    expected.apply({ op: 'move', id: acme.id, record: moved })

    expect(expected.reconcile(disk([acme]), { op: 'undo' }).lost).toEqual([])
    expect(expected.reconcile(disk([]), { op: 'undo' }).lost).toEqual([])
    expect(expected.records.size).toBe(0)
  })
})
