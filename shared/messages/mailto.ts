/**
 * mailto: links (RFC 6068) that open the user's mail app with a message filled in. Everything but
 * the unreserved characters is percent-encoded as UTF-8, so names such as "Zoë O'Brien & Søn" or
 * a body with "?", "#", "%" and line breaks arrive exactly as written, in every mail app.
 */

export interface MailtoMessage {
  /** One address or several; blank entries are left out, and no address lets the user pick one. */
  to?: string | readonly string[]
  cc?: readonly string[]
  subject?: string
  body?: string
}

export interface ParsedMailto {
  to: string[]
  cc: string[]
  bcc: string[]
  subject: string
  /** Line breaks come back as "\n". */
  body: string
}

export class InvalidEmailAddressError extends Error {
  constructor(readonly address: string) {
    super(
      `"${address}" is not a single plain email address such as name@example.com: ` +
        'leave out any name, angle brackets, spaces or commas.',
    )
    this.name = 'InvalidEmailAddressError'
  }
}

/** RFC 5322 dot-atom: atoms of letters, digits and !#$%&'*+/=?^_`{|}~- joined by single dots. */
const LOCAL_PART = /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*$/
/** A domain label: letters, digits and inner hyphens. */
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/
/** Printable non-ASCII characters, allowed in both parts of an internationalised address (RFC 6532). */
const NON_ASCII = /[^\p{ASCII}\s\p{Cc}]/gu
/** RFC 5321 limits. */
const MAX_LOCAL_PART = 64
const MAX_ADDRESS = 254

/** Non-ASCII letters are checked as if they were plain letters: the rules only differ for ASCII. */
function asAsciiShape(text: string): string {
  return text.replace(NON_ASCII, 'a')
}

/** True for a bare addr-spec: local@domain, with no display name, comment, quoting or list. */
export function isPlainAddress(address: string): boolean {
  const parts = address.split('@')
  if (parts.length !== 2 || address.length > MAX_ADDRESS) return false
  const [local = '', domain = ''] = parts
  if (local === '' || local.length > MAX_LOCAL_PART) return false
  if (!LOCAL_PART.test(asAsciiShape(local))) return false
  const labels = asAsciiShape(domain).split('.')
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label))
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** UTF-8 percent-encoding of everything except RFC 3986's unreserved characters (A–Z a–z 0–9 - . _ ~). */
function percentEncode(text: string): string {
  // encodeURIComponent throws on half of a surrogate pair, which a cut-off string can end with.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

function encodeAddress(address: string): string {
  const trimmed = address.trim()
  if (!isPlainAddress(trimmed)) throw new InvalidEmailAddressError(address)
  const at = trimmed.indexOf('@')
  // The "@" between the parts stays as it is; the RFC lets it, and mail apps expect it.
  return `${percentEncode(trimmed.slice(0, at))}@${percentEncode(trimmed.slice(at + 1))}`
}

function addressList(addresses: string | readonly string[] | undefined): string[] {
  const list = typeof addresses === 'string' ? [addresses] : (addresses ?? [])
  return list.filter((address) => address.trim() !== '')
}

/** Mail apps expect CRLF line breaks in a mailto body (RFC 6068, section 5). */
function withCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n')
}

export function mailtoUrl(message: MailtoMessage): string {
  const to = addressList(message.to).map(encodeAddress).join(',')
  const cc = addressList(message.cc).map(encodeAddress).join(',')
  const fields: string[] = []
  if (cc) fields.push(`cc=${cc}`)
  if (message.subject) fields.push(`subject=${percentEncode(withCrlf(message.subject))}`)
  if (message.body) fields.push(`body=${percentEncode(withCrlf(message.body))}`)
  return `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`
}

/**
 * One link per recipient, so each person gets their own email and nobody sees the other addresses.
 * Every address is checked before any link is made.
 */
export function mailtoUrlsPerRecipient(message: MailtoMessage & { to: readonly string[] }): string[] {
  const recipients = addressList(message.to)
  recipients.forEach(encodeAddress)
  return recipients.map((address) => mailtoUrl({ ...message, to: address }))
}

function decode(part: string, url: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    throw new Error(`The mail link "${url}" has a broken %-escape`)
  }
}

function splitAddresses(list: string, url: string): string[] {
  return list
    .split(',')
    .map((address) => decode(address, url).trim())
    .filter((address) => address !== '')
}

/** Reads a mailto: link back into its parts. A "+" stays a plus: mailto links are not form data. */
export function parseMailtoUrl(url: string): ParsedMailto {
  if (!/^mailto:/i.test(url)) throw new Error(`"${url}" is not a mail link (it must start with mailto:)`)
  const rest = url.slice('mailto:'.length)
  const question = rest.indexOf('?')
  const toPart = question === -1 ? rest : rest.slice(0, question)
  const query = question === -1 ? '' : rest.slice(question + 1)
  const parsed: ParsedMailto = { to: splitAddresses(toPart, url), cc: [], bcc: [], subject: '', body: '' }
  for (const field of query.split('&')) {
    if (field === '') continue
    const equals = field.indexOf('=')
    const name = decode(equals === -1 ? field : field.slice(0, equals), url).toLowerCase()
    const value = equals === -1 ? '' : field.slice(equals + 1)
    if (name === 'to' || name === 'cc' || name === 'bcc') parsed[name].push(...splitAddresses(value, url))
    else if (name === 'subject' || name === 'body') parsed[name] = decode(value, url).replace(/\r\n/g, '\n')
  }
  return parsed
}
