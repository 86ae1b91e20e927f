import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InterruptGuard, ownQuitSignals, QUIT_SIGNALS, SECOND_INTERRUPT_MS } from '../../../electron/host/interrupts'

describe('an interrupt with changes held in memory', () => {
  it('quits at once when nothing is held', () => {
    expect(new InterruptGuard(() => 0).decide(0)).toBe('quit')
  })

  it('warns first, quits on a second soon after, and asks once more after that', () => {
    let now = 1_000
    const guard = new InterruptGuard(() => now)
    expect(guard.decide(2)).toBe('warn')
    now += SECOND_INTERRUPT_MS
    expect(guard.decide(2)).toBe('quit')

    const later = new InterruptGuard(() => now)
    expect(later.decide(1)).toBe('warn')
    now += SECOND_INTERRUPT_MS + 1
    expect(later.decide(1)).toBe('warn')
    now += 100
    expect(later.decide(1)).toBe('quit')
  })
})

describe('owning the quit signals', () => {
  const saved = QUIT_SIGNALS.map((signal) => [signal, process.listeners(signal)] as const)
  beforeEach(() => {
    for (const signal of QUIT_SIGNALS) process.removeAllListeners(signal)
  })
  afterEach(() => {
    for (const [signal, listeners] of saved) {
      process.removeAllListeners(signal)
      for (const listener of listeners) process.on(signal, listener)
    }
  })

  it("drops a library's exit hook (as when-exit's, which re-sends the signal) and keeps Debrief's alone", () => {
    const libraryHook = vi.fn()
    process.once('SIGINT', libraryHook)
    const handler = vi.fn()

    ownQuitSignals(handler)
    process.emit('SIGINT', 'SIGINT')

    expect(libraryHook).not.toHaveBeenCalled()
    expect(handler).toHaveBeenCalledWith('SIGINT')
    for (const signal of QUIT_SIGNALS) expect(process.listenerCount(signal)).toBe(1)
  })
})
