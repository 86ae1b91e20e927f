import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { app, protocol } from 'electron'
import { APP_HOST, APP_SCHEME, type RendererLocation } from './renderer-location'
import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import { DOWNLOAD_PREFIX } from '../../shared/api/downloads'
import type { DownloadFile } from '../host/backup/downloads'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * The file under `root` a request names, or undefined when it names anything else: another host,
 * a malformed escape, or a path that climbs out (`..`, encoded or not, or a backslash on Windows).
 */
export function rendererFilePath(root: string, url: string): string | undefined {
  const parsed = new URL(url)
  if (parsed.host !== APP_HOST) return undefined
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return undefined
  }
  if (pathname.includes('\0')) return undefined
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  const inside = relative(resolve(root), file)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined
  return file
}

/** Answers one app:// request with a file of the built renderer, with the security headers. */
export async function serveRendererFile(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed')
  const file = rendererFilePath(root, request.url)
  if (!file) return plainResponse(404, 'Not found')
  let body: Buffer
  try {
    body = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plainResponse(404, 'Not found')
    console.error(`[debrief] could not read ${file}:`, error)
    return plainResponse(500, 'Debrief could not read its window files')
  }
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}

/** The running host's offered exports, once it is open (index.ts). */
let takeDownload: ((id: string) => DownloadFile | undefined) | undefined

export function serveDownloads(take: (id: string) => DownloadFile | undefined): void {
  takeDownload = take
}

/**
 * An export the host offered (exportData, exportCalendar) as a streamed response: each piece is made
 * only when the last one was taken, so the main process never holds the whole file (200 MB at
 * 50,000 interviews). The window's download link leads here; Electron asks where to save it.
 */
export function downloadResponse(file: DownloadFile | undefined): Response {
  if (!file) return plainResponse(404, 'This export was already saved or has expired; export again.')
  const pieces = file.pieces()[Symbol.asyncIterator]()
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await pieces.return?.(undefined)
    },
  })
  return new Response(body, {
    status: 200,
    // The host names its files (debrief-export-<date>.json): nothing to quote or escape.
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` },
  })
}

/** One app:// request: a download the host offered, or a file of the built renderer. */
export function serveApp(root: string, request: Request): Promise<Response> | Response {
  const { host, pathname } = new URL(request.url)
  if (host === APP_HOST && pathname.startsWith(DOWNLOAD_PREFIX)) {
    if (request.method !== 'GET') return plainResponse(405, 'Method not allowed')
    return downloadResponse(takeDownload?.(pathname.slice(DOWNLOAD_PREFIX.length)))
  }
  return serveRendererFile(root, request)
}

/**
 * Serves the built UI from app://debrief rather than file://, so the page is an ordinary secure
 * origin: it can reach only the renderer's own files, and file:// needs no extra privileges (the
 * grantFileProtocolExtraPrivileges fuse is off in the packaged app). The scheme must be declared
 * before the app is ready; the dev server needs none of this.
 */
export function setupAppProtocol(location: RendererLocation): void {
  if (location.kind !== 'app') return
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
  void app.whenReady().then(() => protocol.handle(APP_SCHEME, (request) => serveApp(location.root, request)))
}
