import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { resolve } from 'node:path'
import { HOST_TIME_ZONE, readUrl, stopProcess } from './web-app'

/** The built renderer that serve-web would serve (`DEBRIEF_OUT_DIR`, else out/). */
const RENDERER_DIR = resolve(process.env.DEBRIEF_OUT_DIR ?? 'out', 'renderer')

export interface FaultyWebApp {
  url: string
  /** From now on every write to the data folder fails as on a full disk, or works again. */
  setDiskFull(full: boolean): Promise<void>
  stop(): Promise<void>
}

/** The browser app over `dataDir` with a disk that fills up on request (faulty-serve-web.ts). */
export async function startFaultyWebApp(dataDir: string): Promise<FaultyWebApp> {
  const script = resolve('tests/e2e/support/faulty-serve-web.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, RENDERER_DIR], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TZ: HOST_TIME_ZONE },
  })
  const url = await readUrl(child)
  return {
    url,
    async setDiskFull(full) {
      const reply = once(child.stdout!, 'data')
      child.stdin!.write(`${full ? 'fail' : 'heal'}\n`)
      await reply
    },
    stop: () => stopProcess(child),
  }
}
