import { describe, expect, it } from 'vitest'
import type { Client } from '../../shared/api/client'
import type { HostEvent } from '../../shared/api/contract'
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/domain/settings'
import { BoardModel, LEGACY_DENSITY_KEY, legacyDensityToMove, type DensityStorage } from './boardModel'
import { DataStore } from './dataStore'

/** The host's preferences as one file shared by every window, with the calls that saved them. */
function fakeHost(initial: Partial<Preferences> = {}) {
  let stored: Preferences = { ...DEFAULT_PREFERENCES, ...initial }
  const saved: Preferences[] = []
  const listeners = new Set<(event: HostEvent) => void>()
  let refuse = false
  const windowClient = () =>
    ({
      getPreferences: async () => stored,
      setPreferences: async (next: Preferences) => {
        if (refuse) throw new Error('The disk is full')
        stored = next
        saved.push(next)
        for (const listener of listeners) listener({ topic: 'preferences' } as HostEvent)
        return stored
      },
    }) as unknown as Client
  return {
    saved,
    refuse: (value: boolean) => void (refuse = value),
    /** A window on this host: its data store (following preference events) and its board. */
    async openWindow(storage: DensityStorage | null = memoryStorage()) {
      const data = new DataStore(windowClient())
      listeners.add((event) => event.topic === 'preferences' && void data.refreshPreferences())
      const board = new BoardModel(data, storage)
      board.followDensity()
      await data.refreshPreferences()
      return board
    },
  }
}

function memoryStorage(entries: Record<string, string> = {}): DensityStorage & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries))
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the board density, a preference', () => {
  it('is saved to the host and shown in every window', async () => {
    const host = fakeHost()
    const first = await host.openWindow()
    const second = await host.openWindow()
    expect(first.state.compact).toBe(false)
    expect(await first.setCompact(true)).toBe(true)
    await settle()
    expect(host.saved.at(-1)?.boardDensity).toBe('compact')
    expect(second.state.compact).toBe(true)
    // A window opened later (a restart) starts from the preference, whatever its browser remembers.
    expect((await host.openWindow()).state.compact).toBe(true)
  })

  it('moves a browser’s old compact choice into the preferences once, and forgets it there', async () => {
    const host = fakeHost()
    const storage = memoryStorage({ [LEGACY_DENSITY_KEY]: 'compact' })
    const board = await host.openWindow(storage)
    await settle()
    expect(board.state.compact).toBe(true)
    expect(host.saved.map((preferences) => preferences.boardDensity)).toEqual(['compact'])
    expect(storage.entries.has(LEGACY_DENSITY_KEY)).toBe(false)

    await board.setCompact(false)
    await host.openWindow(storage)
    await settle()
    expect(host.saved.map((preferences) => preferences.boardDensity)).toEqual(['compact', 'comfortable'])
  })

  it('never lets an old browser value undo another window’s choice, and keeps it when the host refuses', async () => {
    expect(legacyDensityToMove('comfortable', 'compact')).toBeNull()
    expect(legacyDensityToMove('compact', 'compact')).toBeNull()
    expect(legacyDensityToMove(null, 'comfortable')).toBeNull()

    const host = fakeHost()
    host.refuse(true)
    const storage = memoryStorage({ [LEGACY_DENSITY_KEY]: 'compact' })
    const board = await host.openWindow(storage)
    await settle()
    // Not saved: the board shows the preference again, and the old value waits for the next start.
    expect(board.state.compact).toBe(false)
    expect(storage.entries.get(LEGACY_DENSITY_KEY)).toBe('compact')
    expect(await board.setCompact(true)).toBe(false)
    expect(board.state.compact).toBe(false)
  })
})
