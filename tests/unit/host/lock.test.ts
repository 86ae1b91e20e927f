import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { acquireDataFolderLock, DataFolderLockedError, processStartTime } from '../../../electron/host/storage/lock'
import { killed, spawnFixture, waitForLines } from './child-process'
import { fields, makeTempDir, open } from './support'

let dir: string
let cleanup: () => Promise<void>
let child: ChildProcess | undefined

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  if (child) await killed(child)
  child = undefined
  await cleanup()
})

async function childHoldingTheLock(): Promise<ChildProcess> {
  child = spawnFixture('hold-lock.ts', dir)
  await waitForLines(child, (lines) => lines.includes('locked'))
  return child
}

describe('the data folder lock', () => {
  it('refuses a second process while the first runs, naming its PID', { timeout: 30_000 }, async () => {
    const holder = await childHoldingTheLock()
    const error = (() => {
      try {
        acquireDataFolderLock(dir)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DataFolderLockedError)
    expect((error as DataFolderLockedError).pid).toBe(holder.pid)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^This data folder is already open by PID ${holder.pid} since \\d{4}-[^ ]+\\. Close the other Debrief ` +
          `window or app first\\. If no Debrief is running on this computer, delete the lock file ` +
          `${join(dir, 'debrief.lock').replaceAll('/', '\\/')} and start again\\.$`,
      ),
    )
    await expect(open(dir)).rejects.toBeInstanceOf(DataFolderLockedError)
  })

  it('takes over the lock of a process that was killed', { timeout: 30_000 }, async () => {
    const holder = await childHoldingTheLock()
    await killed(holder)
    const lock = acquireDataFolderLock(dir)
    expect(JSON.parse(await readFile(join(dir, 'debrief.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
    })
    lock.release()
    await expect(readFile(join(dir, 'debrief.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('takes over a lock naming our own PID, left by an earlier run that crashed', async () => {
    const stale = { pid: process.pid, hostname: hostname(), startedAt: '2020-01-01T00:00:00.000Z' }
    await writeFile(join(dir, 'debrief.lock'), JSON.stringify(stale))
    const lock = acquireDataFolderLock(dir)
    expect(JSON.parse(await readFile(join(dir, 'debrief.lock'), 'utf8')).startedAt).not.toBe(stale.startedAt)
    lock.release()
  })

  it.skipIf(processStartTime(process.pid) === undefined)(
    'takes over a lock whose PID now belongs to another process, started later',
    { timeout: 30_000 },
    async () => {
      // A live process that is not Debrief, under the PID a crashed Debrief had written.
      child = spawn('sleep', ['30'], { stdio: 'ignore' })
      await vi.waitFor(() => expect(processStartTime(child!.pid!)).toBeDefined())
      const crashed = {
        pid: child.pid,
        hostname: hostname(),
        startedAt: '2020-01-01T00:00:00.000Z',
        processStartedAt: Date.parse('2020-01-01T00:00:00.000Z'),
      }
      await writeFile(join(dir, 'debrief.lock'), JSON.stringify(crashed))

      const lock = acquireDataFolderLock(dir)
      expect(JSON.parse(await readFile(join(dir, 'debrief.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
      lock.release()
    },
  )

  it("refuses another computer's lock, naming that computer, the lock file and how to remove it", async () => {
    const elsewhere = { pid: 4242, hostname: 'laptop-elsewhere', startedAt: '2026-11-30T08:00:00.000Z' }
    await writeFile(join(dir, 'debrief.lock'), JSON.stringify(elsewhere))
    const path = join(dir, 'debrief.lock')
    expect(() => acquireDataFolderLock(dir)).toThrow(
      `This data folder is already open by PID 4242 on laptop-elsewhere since 2026-11-30T08:00:00.000Z (a folder ` +
        `shared between computers). Close Debrief on laptop-elsewhere first. If it is not running there, delete ` +
        `the lock file ${path} and start again.`,
    )
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(elsewhere)
  })

  it.skipIf(processStartTime(process.pid) === undefined)(
    'never removes the lock another process took between finding it stale and removing it',
    { timeout: 30_000 },
    async () => {
      const path = join(dir, 'debrief.lock')
      writeFileSync(path, JSON.stringify({ pid: 2 ** 22 - 3, hostname: hostname(), startedAt: '2020-01-01' }))
      child = spawn('sleep', ['30'], { stdio: 'ignore' })
      await vi.waitFor(() => expect(processStartTime(child!.pid!)).toBeDefined())
      const other = { pid: child.pid!, hostname: hostname(), startedAt: new Date().toISOString() }
      const otherLock = JSON.stringify({ ...other, processStartedAt: processStartTime(other.pid) })

      // The second process starting beside this one: it too found the lock stale, and replaced it first.
      const takenOver = () => {
        unlinkSync(path)
        writeFileSync(path, otherLock)
      }
      expect(() => acquireDataFolderLock(dir, { afterJudgedStale: takenOver })).toThrow(
        `already open by PID ${other.pid}`,
      )
      expect(readFileSync(path, 'utf8')).toBe(otherLock)
      expect(existsSync(`${path}.break`)).toBe(false)
    },
  )

  it('takes over a lock file torn by a crash while it was written', async () => {
    await writeFile(join(dir, 'debrief.lock'), '{"pid":12')
    acquireDataFolderLock(dir).release()
  })

  it('is released at close, so the folder opens again', async () => {
    const first = await open(dir)
    await first.client.createInterview({ fields: fields('Acme') })
    await first.host.close()
    const second = await open(dir)
    expect(await second.client.listInterviews({})).toHaveLength(1)
    await second.host.close()
  })
})

describe('a process killed with SIGKILL mid-stream', () => {
  it('loses no change it acknowledged, and its lock is taken over', { timeout: 60_000 }, async () => {
    child = spawnFixture('keep-changing.ts', dir)
    const acknowledged = await waitForLines(child, (lines) => lines.length >= 25)
    await killed(child)

    const { host, client } = await open(dir)
    const ids = new Set((await client.listInterviews({})).map((interview) => interview.id))
    for (const id of acknowledged) expect(ids.has(id)).toBe(true)
    expect((await client.getHostInfo({})).notices).toEqual([])
    await host.close()
  })
})
