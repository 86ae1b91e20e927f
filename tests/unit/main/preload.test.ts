import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type HostEvent } from '../../../shared/api/contract'
import { FIRST_PAINT_CHANNEL } from '../../../shared/api/bridge'
import { COMMAND_CHANNEL } from '../../../shared/api/menu-commands'
import { createBridge, type BridgeIpc } from '../../../electron/preload/bridge'
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** An ipcRenderer whose invoke echoes the channel, and whose `on` delivers real events. */
function fakeIpc() {
  const emitter = new EventEmitter()
  const ipc = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: (channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      emitter.removeListener(channel, listener),
    send: vi.fn(),
  }
  const sender = { send: () => {}, secret: 'the IpcRendererEvent must not reach the page' }
  return {
    ipc: ipc as unknown as BridgeIpc,
    invoke: ipc.invoke,
    send: ipc.send,
    deliver: (channel: string, payload: unknown) => emitter.emit(channel, { sender }, payload),
    emitter,
  }
}

describe('the preload bridge', () => {
  beforeEach(() => resetFakeElectron())

  it('exposes window.debrief with exactly the contract methods plus onEvent, onCommand, onOpenInterview, printLetterToPdf and signalFirstPaint', async () => {
    await import('../../../electron/preload/index')

    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    const [key, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
    expect(key).toBe('debrief')
    expect(Object.keys(bridge).sort()).toEqual(
      [...METHOD_NAMES, 'onCommand', 'onEvent', 'onOpenInterview', 'printLetterToPdf', 'signalFirstPaint'].sort(),
    )
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('sends each method to its own channel and returns the envelope as it came', async () => {
    const { ipc, invoke } = fakeIpc()
    const bridge = createBridge(ipc) as unknown as Record<string, (input: unknown) => Promise<unknown>>

    for (const method of METHOD_NAMES) {
      const input = { probe: method }
      await expect(bridge[method]?.(input)).resolves.toEqual({ ok: true, value: { channel: channelOf(method), input } })
    }
    expect(invoke).toHaveBeenCalledTimes(METHOD_NAMES.length)
  })

  it('tells the main process, on its own channel, once the first screen is painted', () => {
    const { ipc, send, invoke } = fakeIpc()
    createBridge(ipc).signalFirstPaint()
    expect(send).toHaveBeenCalledExactlyOnceWith(FIRST_PAINT_CHANNEL)
    expect(invoke).not.toHaveBeenCalled()
  })

  it('hands listeners the event payload only, and stops after unsubscribe', () => {
    const { ipc, deliver, emitter } = fakeIpc()
    const bridge = createBridge(ipc)
    const events: unknown[][] = []
    const commands: unknown[][] = []
    const stopEvents = bridge.onEvent((...args) => events.push(args))
    const stopCommands = bridge.onCommand((...args) => commands.push(args))

    const event: HostEvent = { topic: 'notes', id: randomUUID(), revision: 'r2' }
    deliver(EVENT_CHANNEL, event)
    deliver(COMMAND_CHANNEL, 'interview.new')
    expect(events).toEqual([[event]])
    expect(commands).toEqual([['interview.new']])

    stopEvents()
    stopCommands()
    deliver(EVENT_CHANNEL, event)
    deliver(COMMAND_CHANNEL, 'board.show')
    expect(events).toHaveLength(1)
    expect(commands).toHaveLength(1)
    expect(emitter.listenerCount(EVENT_CHANNEL) + emitter.listenerCount(COMMAND_CHANNEL)).toBe(0)
  })
})
