import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const projectDir = join(import.meta.dirname, '..', '..')
/** The built browser app (`npx electron-vite build`); DEBRIEF_OUT_DIR picks another build folder. */
export const serveWebScript = join(projectDir, process.env.DEBRIEF_OUT_DIR ?? 'out', 'main', 'serve-web.js')

export function serveWebBuilt(): boolean {
  return existsSync(serveWebScript)
}

/** A real serve-web process on a data folder, called over HTTP as the browser app calls it. */
export interface ServeWebProcess {
  child: ChildProcessWithoutNullStreams
  output(): string
  /** Calls one API method; resolves with the host's result, or rejects with its error. */
  call<T = unknown>(method: string, input?: unknown): Promise<T>
  /** CPU seconds the process has used so far (Linux: /proc/<pid>/stat). */
  cpuSeconds(): number
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
  /** Sends `signal` and resolves with the ms until the process exited. */
  stop(signal?: NodeJS.Signals): Promise<number>
}

/** Clock ticks per second as the kernel counts CPU time in /proc; 100 on every Linux this runs on. */
const CLOCK_TICKS = 100

export async function startServeWeb(dataDir: string): Promise<ServeWebProcess> {
  const child = spawn(process.execPath, [serveWebScript, '--data-dir', dataDir, '--port', '0'], { cwd: projectDir })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const deadline = Date.now() + 60_000
  while (!output.includes('Data folder: ')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`serve-web did not start:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const url = new URL(/Debrief is running at (\S+)/.exec(output)![1]!)
  const token = url.searchParams.get('token')!
  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const response = await fetch(`${url.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    })
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value
  }
  return {
    child,
    output: () => output,
    call,
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command's name.
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
    },
    exited,
    async stop(signal = 'SIGTERM') {
      const start = performance.now()
      child.kill(signal)
      await exited
      return performance.now() - start
    },
  }
}

/** The data folder's own files with their sizes and times: any write, rename or new file changes it. */
function folderSignature(dataDir: string): string {
  return readdirSync(dataDir)
    .sort()
    .map((name) => {
      try {
        const stats = statSync(join(dataDir, name))
        return `${name}:${stats.size}:${stats.mtimeMs}`
      } catch {
        return `${name}:gone`
      }
    })
    .join('|')
}

/**
 * True while one of the process's threads runs or waits to run (state R) or waits on the disk (D).
 * On a machine whose cores are shared, CPU time per second says little (a busy process may get 10%
 * of a core); the run state says whether it has work.
 */
function working(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((task) => {
      try {
        return /^[RD]/.test(readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1]!)
      } catch {
        return false
      }
    })
  } catch {
    return false
  }
}

/**
 * Ms from now until the process is idle: the first `window` ms in which it was seen working in at
 * most 2 of its samples (every 25 ms: a timer or a stray wake-up), and changed nothing in `dataDir`.
 * Gives up after `limit` ms and returns that.
 */
export async function msUntilIdle(
  server: ServeWebProcess,
  dataDir: string,
  limit = 60_000,
  window = 2000,
): Promise<number> {
  const start = performance.now()
  for (;;) {
    const windowStart = performance.now()
    const files = folderSignature(dataDir)
    let busySamples = 0
    while (performance.now() - windowStart < window) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      if (working(server.child.pid!)) busySamples++
    }
    if (busySamples <= 2 && folderSignature(dataDir) === files) return windowStart - start
    if (performance.now() - start > limit) return limit
  }
}
