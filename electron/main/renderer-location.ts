import { join } from 'node:path'

/** The scheme and host the built UI is served from (app-protocol.ts), never file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'debrief'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Where the window's UI comes from: Vite's dev server while developing, the built files otherwise. */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'app'; root: string }

/**
 * `devServerUrl` is electron-vite's ELECTRON_RENDERER_URL; it is honoured only in an unpackaged
 * app so that an environment variable can never point a shipped Debrief at another page.
 */
export function rendererLocation(options: {
  isPackaged: boolean
  devServerUrl: string | undefined
  mainDir: string
}): RendererLocation {
  if (!options.isPackaged && options.devServerUrl) return { kind: 'dev-server', url: options.devServerUrl }
  return { kind: 'app', root: join(options.mainDir, '../renderer') }
}

/** The address the main window loads. */
export function rendererUrl(location: RendererLocation): string {
  return location.kind === 'dev-server' ? location.url : `${APP_ORIGIN}/index.html`
}

/** Whether a frame showing `url` is our own UI, the only page allowed to call the host. */
export function isRendererUrl(url: string, location: RendererLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (location.kind === 'dev-server') return parsed.origin === new URL(location.url).origin
  // Everything app://debrief serves comes from the built renderer folder, so the origin is the test.
  // (Node gives non-special schemes an opaque origin, hence scheme and host compared one by one.)
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.port === ''
}
