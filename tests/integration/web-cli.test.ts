import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fields } from '../unit/host/support'
import { indexWithBoardStart } from '../../electron/web/board-start'

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
    // The built page, with the request for the board's first pages started ahead of its scripts.
    expect(await page.text()).toBe(await indexWithBoardStart(dirname(builtIndex)))
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

/**
 * An empty data folder that cannot be written: by its modes for a user, by a read-only tmpfs for
 * root (which ignores modes). Undefined where neither can be had.
 */
async function readOnlyFolder(root: string): Promise<{ dir: string; release: () => Promise<void> } | undefined> {
  const dir = join(root, 'read-only')
  await mkdir(dir)
  if (process.getuid?.() !== 0) {
    await chmod(dir, 0o555)
    return { dir, release: () => chmod(dir, 0o755) }
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    return undefined
  }
  return { dir, release: async () => void execFileSync('umount', [dir]) }
}

async function call(url: string, method: string, input: unknown): Promise<Response> {
  const token = new URL(url).searchParams.get('token')!
  return fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
}

describe.skipIf(!built)('Ctrl+C on serve-web with changes the disk refused', () => {
  let root: string
  let folder: Awaited<ReturnType<typeof readOnlyFolder>>
  let running: Running | undefined

  afterEach(async () => {
    if (running?.child.exitCode === null) running.child.kill('SIGKILL')
    await running?.exit
    await folder?.release()
    await rm(root, { recursive: true, force: true })
  })

  it('warns on the terminal and in the page and keeps running; a second Ctrl+C soon after quits', async (context) => {
    root = await mkdtemp(join(tmpdir(), 'debrief-sigint-'))
    folder = await readOnlyFolder(root)
    if (!folder) return context.skip('no read-only folder can be made here')
    running = startServeWeb(folder.dir)
    const url = await printedUrl(running)
    expect((await call(url, 'createInterview', { fields: fields('Acme') })).status).toBe(200)

    running.child.kill('SIGINT')
    await vi.waitFor(() => expect(running!.output()).toContain('Press Ctrl+C again within 5 seconds'))
    // Long enough for a library's exit hook to have re-sent the signal, as conf's once did.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(running.child.exitCode).toBeNull()
    expect(running.output()).toContain('could not save your last change')
    const info = (await (await call(url, 'getHostInfo', {})).json()) as { value: { notices: { message: string }[] } }
    expect(info.value.notices.map(({ message }) => message)).toContainEqual(
      expect.stringContaining('Press Ctrl+C again in its terminal within 5 seconds to quit anyway and lose them'),
    )

    running.child.kill('SIGINT')
    expect(await running.exit).toBe(1)
    expect(running.output()).toContain('closed with 1 change it could not save')
  })
})
