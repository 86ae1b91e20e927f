import { describe, expect, it } from 'vitest'
import {
  InvalidEmailAddressError,
  mailtoUrl,
  mailtoUrlsPerRecipient,
  parseMailtoUrl,
} from '../../../shared/messages/mailto'

const subject = 'Thank you – Zoë O\'Brien & Søn: 50% = "great"? #1'
const body = 'Dear Zoë,\n\nA+B & C=D? 100% #yes "quoted" \'single\'\r\n株式会社 — see you soon.\nAlex'

describe('mailtoUrl', () => {
  const url = mailtoUrl({ to: 'dana.smith@example.com', subject, body })

  it('encodes every character that could be misread, and spaces as %20', () => {
    expect(url.startsWith('mailto:dana.smith@example.com?subject=')).toBe(true)
    const query = url.slice(url.indexOf('?') + 1)
    expect(query.split('&').map((field) => field.split('=')[0])).toEqual(['subject', 'body'])
    expect(query).not.toMatch(/[ +#?"'\n\r]/)
    for (const escape of ['%20', '%26', '%3F', '%23', '%25', '%3D', '%22', '%27', '%2B', '%C3%AB', '%E6%A0%AA']) {
      expect(query).toContain(escape)
    }
  })

  it('writes every line break as CRLF', () => {
    expect(url).toContain('Dear%20Zo%C3%AB%2C%0D%0A%0D%0AA%2BB')
    expect(url).not.toMatch(/%0A(?<!%0D%0A)/)
    expect(url.match(/%0D%0A/g)).toHaveLength(4)
  })

  it('reads back field by field with our parser', () => {
    expect(parseMailtoUrl(url)).toEqual({
      to: ['dana.smith@example.com'],
      cc: [],
      bcc: [],
      subject,
      body: body.replace(/\r\n/g, '\n'),
    })
  })

  it('reads back the same with the platform’s URL parser', () => {
    const parsed = new URL(url)
    expect(parsed.protocol).toBe('mailto:')
    expect(parsed.pathname).toBe('dana.smith@example.com')
    expect(parsed.searchParams.get('subject')).toBe(subject)
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\r\n|\n/g, '\r\n'))
  })

  it('encodes unusual but valid addresses and reads them back', () => {
    const to = ["o'brien&son+jobs@example.com", 'zoë@søn.dk', '株式会社@例え.jp']
    const cc = ['sam.ortiz@example.com', 'hr%team@example.co.uk']
    const link = mailtoUrl({ to, cc, subject: 'Hi' })
    expect(link).toMatch(/^mailto:o%27brien%26son%2Bjobs@example\.com,zo%C3%AB@s%C3%B8n\.dk,/)
    expect(link).toContain('?cc=sam.ortiz@example.com,hr%25team@example.co.uk&subject=Hi')
    expect(parseMailtoUrl(link)).toMatchObject({ to, cc, subject: 'Hi', body: '' })
  })

  it('makes a link with no recipient when no address is known, for the user to fill in', () => {
    expect(mailtoUrl({ to: '', subject: 'Hi there' })).toBe('mailto:?subject=Hi%20there')
    expect(mailtoUrl({ to: [' '] })).toBe('mailto:')
  })

  it.each([
    'Dana Smith <dana@example.com>',
    '<dana@example.com>',
    'dana@example.com, lee@example.com',
    'dana@example.com,lee@example.com',
    'dana smith@example.com',
    '"dana"@example.com',
    'dana',
    'dana@',
    '@example.com',
    'dana@@example.com',
    'dana@localhost',
    'dana..smith@example.com',
    'dana@-example.com',
    'dana@example.com?cc=evil@example.com',
  ])('refuses %s, which is not one plain address', (address) => {
    expect(() => mailtoUrl({ to: address, subject: 'Hi' })).toThrow(InvalidEmailAddressError)
    expect(() => mailtoUrl({ to: address })).toThrow(/not a single plain email address such as name@example\.com/)
  })

  it('checks cc addresses as strictly', () => {
    expect(() => mailtoUrl({ to: 'dana@example.com', cc: ['Lee <lee@example.com>'] })).toThrow(InvalidEmailAddressError)
  })
})

describe('mailtoUrlsPerRecipient', () => {
  it('makes one link per recipient with the same message', () => {
    const links = mailtoUrlsPerRecipient({ to: ['dana@example.com', '', 'lee@example.com'], subject, body })
    expect(links).toHaveLength(2)
    expect(links.map((link) => parseMailtoUrl(link).to)).toEqual([['dana@example.com'], ['lee@example.com']])
    for (const link of links) expect(parseMailtoUrl(link).subject).toBe(subject)
  })

  it('makes no link at all when one address is wrong', () => {
    expect(() => mailtoUrlsPerRecipient({ to: ['dana@example.com', 'Lee <lee@example.com>'] })).toThrow(
      /"Lee <lee@example.com>"/,
    )
  })
})

describe('parseMailtoUrl', () => {
  it('keeps a plus sign, since mail links are not form data', () => {
    expect(parseMailtoUrl('mailto:a@example.com?subject=a+b').subject).toBe('a+b')
  })

  it('accepts fields in any case and order, and a "to" field', () => {
    expect(parseMailtoUrl('MAILTO:?BODY=x&To=b@example.com&CC=c@example.com')).toMatchObject({
      to: ['b@example.com'],
      cc: ['c@example.com'],
      body: 'x',
    })
  })

  it('explains what is wrong with a link it cannot read', () => {
    expect(() => parseMailtoUrl('https://example.com')).toThrow(/must start with mailto:/)
    expect(() => parseMailtoUrl('mailto:a@example.com?subject=%E0%A4%A')).toThrow(/broken %-escape/)
  })
})
