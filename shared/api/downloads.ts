/**
 * Where each door serves a file the host offered (exportData, exportCalendar): serve-web over HTTP,
 * the desktop app through its app:// protocol. Apart from the contract, so the window's first paint
 * need not load the contract's schemas.
 */
export const DOWNLOAD_PREFIX = '/api/download/'

export function downloadPath(download: string): string {
  return `${DOWNLOAD_PREFIX}${encodeURIComponent(download)}`
}
