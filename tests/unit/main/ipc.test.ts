import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  channelOf,
  EVENT_CHANNEL,
  METHOD_NAMES,
  type ApiImplementation,
  type HostEvent,
} from '../../../shared/api/contract'
import type { Host } from '../../../electron/host/host'
import { setupIpc } from '../../../electron/main/ipc'
import { rendererLocation, type RendererLocation } from '../../../electron/main/renderer-location'
import { BrowserWindow, ipcMain, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const devServer: RendererLocation = { kind: 'dev-server', url: 'http://localhost:5173' }
const packaged = rendererLocation({ isPackaged: true, devServerUrl: undefined, mainDir: '/opt/Debrief/out/main' })

function fakeHost() {
  const listeners: ((event: HostEvent) => void)[] = []
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, vi.fn(async (input: unknown) => ({ answeredBy: method, input }))]),
  ) as unknown as ApiImplementation & Record<string, ReturnType<typeof vi.fn>>
  const host: Host = {
    dataDir: '/data',
    api,
    onEvent: (listener) => {
      listeners.push(listener)
      return () => {}
    },
    refreshReminders: () => {},
    addNotice: () => {},
    upcomingFollowUps: () => [],
    heldChanges: () => 0,
    takeDownload: () => undefined,
    close: async () => {},
  }
  return { host, api, emit: (event: HostEvent) => listeners.forEach((listener) => listener(event)) }
}

function call(method: string, senderUrl: string | null, input: unknown) {
  const handler = ipcMain.handlers.get(channelOf(method as (typeof METHOD_NAMES)[number]))
  if (!handler) throw new Error(`no handler for ${method}`)
  return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input)
}

describe('setupIpc', () => {
  beforeEach(() => resetFakeElectron())

  it('registers exactly one handler per contract method, on its channel', () => {
    setupIpc(fakeHost().host, devServer)
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort())
  })

  it('answers our own page through the contract door', async () => {
    const { host, api } = fakeHost()
    setupIpc(host, devServer)
    const id = randomUUID()

    const result = await call('getInterview', 'http://localhost:5173/index.html#board', { id })

    expect(result).toEqual({ ok: true, value: { answeredBy: 'getInterview', input: { id } } })
    expect(api.getInterview).toHaveBeenCalledTimes(1)
  })

  it('answers the built page served from app://debrief', async () => {
    const { host, api } = fakeHost()
    setupIpc(host, packaged)

    const result = await call('listInterviews', 'app://debrief/index.html#board', {})

    expect(result).toMatchObject({ ok: true })
    expect(api.listInterviews).toHaveBeenCalledWith({ includeArchived: false })
  })

  it.each([
    ['another origin', devServer, 'https://evil.example/'],
    ['another port on localhost', devServer, 'http://localhost:6666/'],
    ['a local file, even the built page itself', packaged, 'file:///opt/Debrief/out/renderer/index.html'],
    ['another app:// host', packaged, 'app://evil/index.html'],
    ['another scheme on the same host', packaged, 'https://debrief/index.html'],
    ['the dev server in a built app', packaged, 'http://localhost:5173/'],
    ['a closed frame', devServer, null],
  ])('refuses a call from %s and never reaches the host', async (_case, location, senderUrl) => {
    const { host, api } = fakeHost()
    setupIpc(host, location)
    vi.spyOn(console, 'warn').mockImplementation(() => {})

    for (const method of METHOD_NAMES) {
      const result = await call(method, senderUrl, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    }
    for (const method of METHOD_NAMES) expect(api[method]).not.toHaveBeenCalled()
  })

  it('returns the invalid-input envelope, naming the field, for bad input', async () => {
    const { host, api } = fakeHost()
    setupIpc(host, devServer)

    const result = await call('getInterview', 'http://localhost:5173/', { id: 'not-an-id' })

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'id: Must be an id made by Debrief',
        issues: [{ path: 'id', message: 'Must be an id made by Debrief' }],
      },
    })
    expect(api.getInterview).not.toHaveBeenCalled()
  })

  it('forwards every host event to every open window', () => {
    const { host, emit } = fakeHost()
    setupIpc(host, devServer)
    const first = new BrowserWindow({})
    const second = new BrowserWindow({})
    const closed = new BrowserWindow({})
    closed.destroyed = true

    const event: HostEvent = { topic: 'interviews', ids: [randomUUID()], interviews: [] }
    emit(event)

    expect(first.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, event)
    expect(second.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, event)
    expect(closed.webContents.send).not.toHaveBeenCalled()
  })
})
