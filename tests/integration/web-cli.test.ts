import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const projectDir = join(import.meta.dirname, '..', '..')
const serveWeb = join(projectDir, 'out', 'main', 'serve-web.js')
const builtIndex = join(projectDir, 'out', 'renderer', 'index.html')
const built = existsSync(serveWeb) && existsSync(builtIndex)

interface Running {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exit: Promise<number | null>
}

function startServeWeb(dataDir: string): Running {
  const child = spawn(process.execPath, [serveWeb, '--data-dir', dataDir, '--port', '0'], { cwd: projectDir })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exit }
}

/** Waits for the startup lines; fails with what the process said if it exits or takes too long. */
async function printedUrl(running: Running): Promise<string> {
  const deadline = Date.now() + 10_000
  while (!running.output().includes('Data folder: ')) {
    if (running.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`serve-web did not start:\n${running.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return /Debrief is running at (\S+)/.exec(running.output())![1]!
}

describe.skipIf(!built)('serve-web, built (skipped: run "npx electron-vite build" first)', () => {
  let root: string
  let dataDir: string
  let first: Running
  let url: string

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'debrief-cli-'))
    dataDir = join(root, 'data')
    first = startServeWeb(dataDir)
    url = await printedUrl(first)
  })
  afterAll(async () => {
    if (first.child.exitCode === null) first.child.kill('SIGKILL')
    await rm(root, { recursive: true, force: true })
  })

  it('prints the address with its token once, and the data folder', () => {
    const { token } = Object.fromEntries(new URL(url).searchParams)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/)
    expect(first.output()).toContain(`Data folder: ${dataDir}`)
    expect(first.output().split(token!).length - 1).toBe(1)
  })

  it('trades the token for a cookie and serves the built app', async () => {
    const login = await fetch(url, { redirect: 'manual' })
    expect(login.status).toBe(303)
    expect(login.headers.get('location')).toBe('/')
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const page = await fetch(new URL('/', url), { headers: { Cookie: cookie } })
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(readFileSync(builtIndex, 'utf8'))
  })

  it('refuses a second instance on the same data folder, naming the process that has it', async () => {
    const second = startServeWeb(dataDir)
    expect(await second.exit).toBe(1)
    expect(second.output()).toContain(`already open by PID ${first.child.pid}`)
    expect(second.output()).not.toMatch(/^\s+at /m)
  })

  it('shuts down on SIGTERM with status 0 and releases the data folder', async () => {
    first.child.kill('SIGTERM')
    expect(await first.exit).toBe(0)
    expect(existsSync(join(dataDir, 'debrief.lock'))).toBe(false)

    const next = startServeWeb(dataDir)
    await printedUrl(next)
    next.child.kill('SIGINT')
    expect(await next.exit).toBe(0)
  })
})
