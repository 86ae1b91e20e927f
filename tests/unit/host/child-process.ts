import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Runs a fixture script in a real, separate Node process (TypeScript through tsx). */
export function spawnFixture(name: string, dataDir: string): ChildProcess {
  const script = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
  return spawn(process.execPath, ['--import', 'tsx', script, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
}

/** Resolves with the complete lines the child printed once `enough` says so. */
export function waitForLines(child: ChildProcess, enough: (lines: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    const lines: string[] = []
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      lines.push(...parts)
      if (enough(lines)) resolve([...lines])
    })
    child.once('exit', (code) => reject(new Error(`child exited (${code}) after ${lines.length} lines`)))
  })
}

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}
