/**
 * Which calendar addresses Debrief reads: https only, and http to this machine (a local server, the
 * tests). webcal:// (iCloud, Outlook) is https under another name.
 */

export class FeedAddressError extends Error {
  override name = 'FeedAddressError'
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

/** The address to fetch, or a FeedAddressError saying why not (without repeating the address: it may be secret). */
export function checkFeedAddress(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim().replace(/^webcals?:\/\//i, 'https://'))
  } catch {
    throw new FeedAddressError('That is not a web address. Paste the whole address, starting with https://.')
  }
  if (url.username || url.password) {
    throw new FeedAddressError('Addresses with a user name and password in them are not read; use a CalDAV account.')
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url
  if (url.protocol === 'http:') {
    throw new FeedAddressError(
      'Debrief reads calendars only over https://, so nobody on the way can read or change them.',
    )
  }
  throw new FeedAddressError(
    `Debrief does not read ${url.protocol.replace(/:$/, '')}: addresses; use an https:// address.`,
  )
}

/** What the UI may show of an address: its host, never the path or query that carry the secret. */
export function feedHost(raw: string): string {
  try {
    return checkFeedAddress(raw).host
  } catch {
    return 'an address'
  }
}
