import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Interview } from '../../shared/domain/interview'
import { makeExport } from '../bench/storage-data'
import { msUntilIdle, serveWebBuilt, startServeWeb, type ServeWebProcess } from '../reliability/serve-web-process'

/**
 * Issue #17 through the browser app: an import of 10,000 interviews (13 MB) used to leave the host
 * rewriting interviews.json for hours, deaf to moves and to SIGTERM. The figures (settle, stop, import
 * rate) are in `npm run bench` (storage.*); here, what a user sees, with room for a busy machine.
 */
const COUNT = 10_000
let root: string
const running: ServeWebProcess[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'debrief-bulk-'))
})

afterEach(async () => {
  for (const server of running.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL')
  await rm(root, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<ServeWebProcess> {
  const server = await startServeWeb(dataDir)
  running.push(server)
  return server
}

const compacting = async (dataDir: string) => (await readdir(dataDir)).some((name) => name.includes('.compacting.'))

describe.skipIf(!serveWebBuilt())(
  'an import of 10,000 interviews (skipped: run "npx electron-vite build" first)',
  () => {
    it(
      'answers moves during its compaction, loses none of them, and leaves the host idle soon after',
      {
        timeout: 240_000,
      },
      async () => {
        const dataDir = join(root, 'data')
        const server = await start(dataDir)
        await server.call('importData', { json: makeExport(COUNT) })
        const board = await server.call<Interview[]>('listInterviews', {})

        await expect.poll(() => compacting(dataDir), { timeout: 30_000, interval: 5 }).toBe(true)
        // Answered while the compaction still runs: they no longer wait in the queue behind it.
        const stages = ['offer', 'thanked', 'next-round'] as const
        for (const [index, stage] of stages.entries()) {
          const moved = await server.call<Interview>('moveInterview', { id: board[index]!.id, stage })
          expect(moved.stage).toBe(stage)
        }
        expect(await compacting(dataDir)).toBe(true)

        expect(await msUntilIdle(server, dataDir, 60_000)).toBeLessThan(60_000)
        expect(await compacting(dataDir)).toBe(false)
        await server.stop('SIGTERM')

        const restarted = await start(dataDir)
        const after = await restarted.call<Interview[]>('listInterviews', { includeArchived: true })
        expect(after).toHaveLength(COUNT)
        for (const [index, stage] of stages.entries()) {
          expect(after.find((interview) => interview.id === board[index]!.id)?.stage).toBe(stage)
        }
        await restarted.stop('SIGTERM')
      },
    )

    it('stops on SIGTERM during its compaction, losing nothing', { timeout: 240_000 }, async () => {
      const dataDir = join(root, 'data')
      const server = await start(dataDir)
      await server.call('importData', { json: makeExport(COUNT) })
      const [first] = await server.call<Interview[]>('listInterviews', {})
      await server.call('moveInterview', { id: first!.id, stage: 'offer' })
      await expect.poll(() => compacting(dataDir), { timeout: 30_000, interval: 5 }).toBe(true)

      const stopMs = await server.stop('SIGTERM')
      expect(await server.exited).toBe(0)
      expect(stopMs).toBeLessThan(10_000)

      const restarted = await start(dataDir)
      const board = await restarted.call<Interview[]>('listInterviews', { includeArchived: true })
      expect(board).toHaveLength(COUNT)
      expect(board.find((interview) => interview.id === first!.id)?.stage).toBe('offer')
      await restarted.stop('SIGTERM')
    })
  },
)
