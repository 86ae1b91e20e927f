import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  rendererFilePath,
  serveApp,
  serveDownloads,
  serveRendererFile,
  setupAppProtocol,
} from '../../../electron/main/app-protocol'
import { Downloads } from '../../../electron/host/backup/downloads'
import { downloadPath } from '../../../shared/api/downloads'
import { CONTENT_SECURITY_POLICY } from '../../../shared/security'
import { protocol, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** A built renderer folder, with a secret beside it that no app:// address may reach. */
let outDir: string
let root: string

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'debrief-protocol-'))
  root = join(outDir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Debrief</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("board")')
  writeFileSync(join(root, 'assets', 'codicon.ttf'), 'font')
  writeFileSync(join(outDir, 'secret.txt'), 'not for the page')
})

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

function get(url: string, method = 'GET'): Promise<Response> {
  return serveRendererFile(root, new Request(url, { method }))
}

describe('serving the built renderer from app://debrief', () => {
  it('serves the page with the Content-Security-Policy header and its type', async () => {
    const response = await get('app://debrief/index.html')

    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Debrief</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves index.html for the bare origin, and assets with their types', async () => {
    expect(await (await get('app://debrief/')).text()).toContain('<title>Debrief</title>')
    const script = await get('app://debrief/assets/index-abc.js?v=1#x')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log("board")')
    expect((await get('app://debrief/assets/codicon.ttf')).headers.get('content-type')).toBe('font/ttf')
  })

  it.each([
    'app://debrief/../secret.txt',
    'app://debrief/%2e%2e/secret.txt',
    'app://debrief/assets/%2E%2E/%2E%2E/secret.txt',
    'app://debrief/..%2fsecret.txt',
    'app://debrief/..%5csecret.txt',
    'app://debrief/%2fetc%2fpasswd',
    'app://debrief/index.html%00.png',
    'app://debrief/%E0%A4%A',
    'app://debrief/missing.js',
    'app://debrief/assets',
    'app://evil/index.html',
  ])('answers 404 for %s and never leaves the renderer folder', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('not for the page')
  })

  it('resolves only paths inside the folder', () => {
    expect(rendererFilePath(root, 'app://debrief/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    // The URL parser already folds dot segments, encoded or not; an encoded slash survives it.
    expect(rendererFilePath(root, 'app://debrief/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'))
    expect(rendererFilePath(root, 'app://debrief/..%2fsecret.txt')).toBeUndefined()
    expect(rendererFilePath(root, 'app://other/index.html')).toBeUndefined()
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://debrief/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://debrief/index.html', 'POST')).status).toBe(405)
  })
})

describe('setupAppProtocol', () => {
  beforeEach(() => resetFakeElectron())

  it('makes app:// a standard, secure scheme whose scripts V8 keeps compiled for the next launch', async () => {
    setupAppProtocol({ kind: 'app', root })
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ])
    await vi.waitFor(() => expect(protocol.handlers.has('app')).toBe(true))
  })

  it('registers nothing while developing against the dev server', () => {
    setupAppProtocol({ kind: 'dev-server', url: 'http://localhost:5173' })
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
  })
})

describe('an export through app://debrief', () => {
  it('is streamed piece by piece, each made only when the last was read, and works once', async () => {
    const downloads = new Downloads()
    const made: string[] = []
    const id = downloads.offer({
      fileName: 'debrief-export-2025-03-10.csv',
      contentType: 'text/csv; charset=utf-8',
      async *pieces() {
        for (const piece of ['Company\r\n', 'Acme\r\n', 'Globex\r\n']) {
          made.push(piece)
          yield piece
        }
      },
    })
    serveDownloads((each) => downloads.take(each))

    const response = await serveApp(root, new Request(`app://debrief${downloadPath(id)}`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="debrief-export-2025-03-10.csv"')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const reader = response.body!.getReader()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('Company\r\n')
    expect(made.length).toBeLessThan(3)
    let rest = ''
    for (let read = await reader.read(); !read.done; read = await reader.read())
      rest += new TextDecoder().decode(read.value)
    expect(rest).toBe('Acme\r\nGlobex\r\n')

    const again = await serveApp(root, new Request(`app://debrief${downloadPath(id)}`))
    expect(again.status).toBe(404)
    expect(await again.text()).toMatch(/export again/)
  })
})
