import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createClient } from '../../shared/api/client'
import { channelOf, type MethodName } from '../../shared/api/contract'
import { httpStatusOf, type ApiResult } from '../../shared/api/errors'
import { dispatch } from '../../shared/api/dispatch'
import { setupIpc } from '../../electron/main/ipc'
import { malformedCall, type FuzzCall, type KnownData } from '../reliability/fuzz-inputs'
import { describeTally, newTally, record, type DoorAnswer } from '../reliability/fuzz-tally'
import { seededRandom } from '../reliability/random'
import { ipcMain, resetFakeElectron } from '../unit/main/fake-electron'
import { snapshotFolder, startFixture, type WebFixture } from './web-fixture'

vi.mock('electron', () => import('../unit/main/fake-electron'))

/**
 * Malformed calls through both doors, against a real host on a real data folder: every one must be
 * refused with a clear 4xx error, nothing may crash or log an internal error, and the folder must be
 * byte-identical afterwards. `npm run test:fuzz` runs the full counts; CI runs these defaults.
 */
const IPC_CALLS = Number(process.env.FUZZ_IPC_CALLS ?? 10_000)
const HTTP_CALLS = Number(process.env.FUZZ_HTTP_CALLS ?? 2_000)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
const OWN_PAGE = 'http://localhost:5173/index.html'

let fixture: WebFixture
let known: KnownData
let before: Map<string, string>

beforeAll(async () => {
  fixture = await startFixture()
  const client = createClient({
    call: (method, input) => dispatch(fixture.host.api, method, input, console.error),
    subscribe: (listener) => fixture.host.onEvent(listener),
  })
  const fields = { role: 'Engineer', date: '2025-03-07', time: '14:00', timeZone: 'Europe/Berlin' }
  const person = { id: crypto.randomUUID(), name: 'Dana Reyes' }
  const acme = await client.createInterview({ fields: { ...fields, company: 'Acme', interviewers: [person] } })
  await client.createInterview({ fields: { ...fields, company: 'Globex' }, stage: 'offer' })
  await client.writeNotes({ id: acme.id, markdown: '# Acme\n\nAsked about the team.' })
  await client.setPreferences({ ...(await client.getPreferences({})), fewDays: 4 })
  known = { interviewId: acme.id, taskId: acme.tasks[0]!.id }
  before = await snapshotFolder(fixture.dataDir)
})

afterAll(async () => {
  await fixture?.close()
})

function answerOf(result: ApiResult<unknown>): DoorAnswer {
  return result.ok
    ? { ok: true, status: 200, message: '' }
    : { ok: false, status: httpStatusOf(result.error.code), message: result.error.message }
}

/** As Electron delivers it: a structured clone of what the page sent (too deep to clone: as it is). */
function overIpc(input: unknown): unknown {
  try {
    return structuredClone(input)
  } catch {
    return input
  }
}

const RAW_BODIES: Array<{ kind: string; body: string | Buffer; contentType?: string; method?: string }> = [
  { kind: 'truncated JSON', body: '{"id": "abc' },
  { kind: 'NaN literal', body: '{"round": NaN}' },
  { kind: 'single quotes', body: "{'id': 'x'}" },
  { kind: 'trailing comma', body: '{"includeArchived": true,}' },
  { kind: 'byte order mark', body: '\ufeff{}' },
  { kind: 'invalid UTF-8', body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { kind: 'wrong content type', body: '{}', contentType: 'text/plain' },
  { kind: 'form content type', body: 'id=1', contentType: 'application/x-www-form-urlencoded' },
  { kind: 'GET instead of POST', body: '', method: 'GET' },
  { kind: 'PUT instead of POST', body: '{}', method: 'PUT' },
]

/** The method as a URL path segment; a lone surrogate cannot be URI-encoded, so its UTF-8 bytes go instead. */
function pathSegment(method: string): string {
  try {
    return encodeURIComponent(method)
  } catch {
    return [...Buffer.from(method, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')
  }
}

async function overHttp(call: FuzzCall, raw?: (typeof RAW_BODIES)[number]): Promise<DoorAnswer> {
  const method = raw?.method ?? 'POST'
  const response = await fetch(`${fixture.base}/api/${pathSegment(call.method)}`, {
    method,
    headers: {
      Authorization: `Bearer ${fixture.server.token}`,
      'Content-Type': raw?.contentType ?? 'application/json',
    },
    ...(method === 'GET' ? {} : { body: raw?.body ?? call.body }),
  })
  const text = await response.text()
  let parsed: { ok?: boolean; error?: { message?: string } } = {}
  try {
    parsed = JSON.parse(text) as typeof parsed
  } catch {
    return { ok: false, status: response.status, message: `${response.status} answered with non-JSON: ${text}` }
  }
  return { ok: parsed.ok === true, status: response.status, message: parsed.error?.message ?? '' }
}

describe('fuzzing both doors with malformed calls', () => {
  it(
    'refuses every one with a clear 4xx, crashes on none, and changes no byte on disk',
    async () => {
      const internalErrors = vi.spyOn(console, 'error')
      resetFakeElectron()
      setupIpc(fixture.host, { kind: 'dev-server', url: 'http://localhost:5173' })

      const ipc = newTally('IPC (setupIpc handlers)')
      const random = seededRandom(SEED)
      for (let index = 0; index < IPC_CALLS; index++) {
        const call = malformedCall(random, known, false)
        const handler = ipcMain.handlers.get(channelOf(call.method as MethodName))
        const answer = handler
          ? await Promise.resolve(handler({ senderFrame: { url: OWN_PAGE } }, overIpc(call.input))).then(
              (result) => answerOf(result as ApiResult<unknown>),
              (error: unknown) => error as Error,
            )
          : answerOf(await dispatch(fixture.host.api, call.method, overIpc(call.input), console.error))
        record(ipc, call, answer, SEED)
      }

      const http = newTally('HTTP (serve-web)')
      for (let index = 0; index < HTTP_CALLS; index++) {
        const call = malformedCall(random, known, true)
        const raw = random.chance(0.1) ? random.pick(RAW_BODIES) : undefined
        const kind = raw ? { ...call, kind: raw.kind } : call
        record(http, kind, await overHttp(call, raw).catch((error: unknown) => error as Error), SEED)
      }

      console.log(`fuzz (seed ${SEED})\n  ${describeTally(ipc)}\n  ${describeTally(http)}`)
      expect(ipc.findings.slice(0, 20)).toEqual([])
      expect(http.findings.slice(0, 20)).toEqual([])
      expect(ipc.refused + http.refused).toBe(IPC_CALLS + HTTP_CALLS)
      expect(internalErrors).not.toHaveBeenCalled()
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(await snapshotFolder(fixture.dataDir)).toEqual(before)
      internalErrors.mockRestore()
    },
    60_000 + (IPC_CALLS + HTTP_CALLS * 10) * 2,
  )
})
