import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the window's UI comes from: Vite's dev server while developing, the built files otherwise. */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; path: string }

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
  return { kind: 'file', path: join(options.mainDir, '../renderer/index.html') }
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
  parsed.hash = ''
  parsed.search = ''
  return parsed.href === pathToFileURL(location.path).href
}
