import { app, shell, type Session, type WebContents } from 'electron'
import { isRendererUrl, type RendererLocation } from './renderer-location'

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:'])
/** Mail clients that honour these parameters attach local files to the draft. */
const MAILTO_FILE_PARAMETERS = new Set(['attach', 'attachment'])

/**
 * The URL to hand to the system, or undefined when it must not leave the app. Any https URL is
 * allowed: the browser shows the real host and applies its own protections, so look-alikes such as
 * `https://linkedin.com@evil.example` are the browser's to flag. What is refused is every scheme
 * that could start a local program or reach a local file or share (file:, smb:, javascript:, custom
 * app protocols), plain http:, and mailto: links that ask the mail client to attach files.
 */
function externalHrefOf(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined
  if (parsed.protocol === 'mailto:') {
    for (const name of parsed.searchParams.keys()) {
      if (MAILTO_FILE_PARAMETERS.has(name.toLowerCase())) return undefined
    }
  }
  return parsed.href
}

export function isSafeExternalUrl(url: string): boolean {
  return externalHrefOf(url) !== undefined
}

function openInSystem(url: string): void {
  const href = externalHrefOf(url)
  if (!href) return
  shell.openExternal(href).catch((error: unknown) => console.warn('[debrief] could not open', href, error))
}

/** Copying a message to the clipboard is the one thing our own page may do; nothing else is granted to anyone. */
const GRANTED_TO_OUR_PAGE = new Set(['clipboard-sanitized-write'])

function restrictPermissions(session: Session, renderer: RendererLocation): void {
  const allowed = (permission: string, url: string) =>
    GRANTED_TO_OUR_PAGE.has(permission) && isRendererUrl(url, renderer)
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl || contents.getURL())),
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin))
}

function lockDown(contents: WebContents, renderer: RendererLocation): void {
  // The UI is one page: a link never replaces it; a web link opens in the user's browser instead.
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    if (event.isMainFrame) openInSystem(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!event.isSameDocument) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openInSystem(url)
    return { action: 'deny' }
  })
  restrictPermissions(contents.session, renderer)
}

/** Applies the security defaults of DESIGN.md to every web page the app ever creates. */
export function setupSecurity(renderer: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents, renderer))
}
