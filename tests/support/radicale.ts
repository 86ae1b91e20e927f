import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real CalDAV server for the tests: Debian's Radicale on 127.0.0.1, with its own storage folder and
 * htpasswd users, started and stopped by the test. `.ci/run` installs it (apt package `radicale`).
 */

export const RADICALE_PATH = process.env.RADICALE_PATH ?? '/usr/bin/radicale'
export const hasRadicale = existsSync(RADICALE_PATH)

export interface Radicale {
  base: string
  /** A CalDAV request as the given user, for the test's own setup (never through Debrief's code). */
  request(user: string, method: string, path: string, body?: string): Promise<Response>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Radicale exited with ${child.exitCode}:\n${output()}`)
    try {
      await fetch(base, { signal: AbortSignal.timeout(1000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`Radicale did not answer within 15 s:\n${output()}`)
}

/** `users`: user name → password (plain htpasswd, fine for a throwaway test server). */
export async function startRadicale(users: Record<string, string>): Promise<Radicale> {
  const folder = await mkdtemp(join(tmpdir(), 'debrief-radicale-'))
  const port = await freePort()
  await writeFile(
    join(folder, 'users'),
    Object.entries(users)
      .map(([user, password]) => `${user}:${password}`)
      .join('\n'),
  )
  await writeFile(
    join(folder, 'config'),
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${join(folder, 'users')}`,
      'htpasswd_encryption = plain',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(folder, 'collections')}`,
      '[logging]',
      'level = warning',
    ].join('\n'),
  )
  const child = spawn(RADICALE_PATH, ['--config', join(folder, 'config')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const base = `http://127.0.0.1:${port}`
  await waitForPort(base, child, () => output)
  return {
    base,
    request(user, method, path, body) {
      const auth = Buffer.from(`${user}:${users[user]}`).toString('base64')
      return fetch(base + path, {
        method,
        body,
        headers: { authorization: `Basic ${auth}`, 'content-type': 'text/calendar; charset=utf-8' },
      })
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await rm(folder, { recursive: true, force: true })
    },
  }
}
