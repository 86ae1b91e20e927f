import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { createClient, type Client } from '../../../shared/api/client'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import { dispatch } from '../../../shared/api/dispatch'
import type { Host, HostOptions, SettingsBackend } from '../../../electron/host/host'
import { openHost, type StorageOptions } from '../../../electron/host/service'

export { failingFileSystem } from '../../support/failing-file-system'

/** A fresh data folder in the system temp folder; `cleanup` removes it. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-host-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export function memorySettings(initial: Record<string, unknown> = {}): SettingsBackend & {
  values: Record<string, unknown>
} {
  const values = { ...initial }
  return { values, get: (key) => values[key], set: (key, value) => void (values[key] = value) }
}

/** A clock that starts at a fixed instant and moves one second per reading. */
export function steppingClock(start = '2025-03-10T09:00:00.000Z'): () => Date {
  let tick = 0
  return () => new Date(Date.parse(start) + 1000 * tick++)
}

export interface TestHost {
  host: Host
  client: Client
}

/** The host behind the same door the apps use: inputs validated by the contract, errors as ApiError. */
export function clientOf(host: Host): Client {
  return createClient({
    call: (method, input) => dispatch(host.api, method, input, console.error),
    subscribe: (listener) => host.onEvent(listener),
  })
}

export async function open(dataDir: string, options: Partial<HostOptions> & StorageOptions = {}): Promise<TestHost> {
  const host = await openHost({
    dataDir,
    settings: memorySettings(),
    version: '0.0.0-test',
    now: steppingClock(),
    timeZone: 'Europe/Berlin',
    ...options,
  })
  return { host, client: clientOf(host) }
}

export function person(name: string) {
  return { id: randomUUID(), name }
}

export function fields(company: string, extra: Partial<InterviewFieldsInput> = {}): InterviewFieldsInput {
  return {
    company,
    role: 'Backend engineer',
    date: '2025-03-07',
    time: '14:00',
    timeZone: 'Europe/Berlin',
    interviewers: [person('Dana Reyes')],
    ...extra,
  }
}

export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'))
}

/**
 * Gives each test of the calling file a fresh data folder, and closes every host opened in it
 * afterwards (even one a failed assertion left open). Call once at the top of a test file.
 */
export function useTempHosts(): {
  readonly dir: string
  open(options?: Parameters<typeof open>[1]): Promise<TestHost>
} {
  let dir = ''
  let cleanup = async () => {}
  const opened: TestHost[] = []
  beforeEach(async () => {
    ;({ dir, cleanup } = await makeTempDir())
  })
  afterEach(async () => {
    for (const { host } of opened.splice(0)) await host.close().catch(() => undefined)
    await cleanup()
  })
  return {
    get dir() {
      return dir
    },
    async open(options = {}) {
      const host = await open(dir, options)
      opened.push(host)
      return host
    },
  }
}
