import { describe, expect, it } from 'vitest'
import { personSchema } from '../../shared/domain/interview'
import { parseMailtoUrl } from '../../shared/messages'
import { mailLinksFor, withoutAddress } from './mailLinks'

const zoe = personSchema.parse({
  id: '00000000-0000-4000-8000-000000000001',
  name: `Zoë "Zo" O'Brien & Søn`,
  email: 'zoe@obrien.example',
})
const lee = personSchema.parse({
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Lee Wong',
  email: 'lee@acme.example',
})
const sam = personSchema.parse({ id: '00000000-0000-4000-8000-000000000003', name: 'Sam Ortiz' })
const body = 'Dear Zoë & Lee,\n\n100% sure? Yes #1 + more.\n<img src=x onerror=alert(1)>'

describe('mailLinksFor', () => {
  it('makes one link per person with an address, each carrying the same text to that person alone', () => {
    const links = mailLinksFor([zoe, lee, sam], 'Thank you – Söftware & Co', body)
    expect(links.map((link) => link.label)).toEqual([`Email Zoë "Zo" O'Brien & Søn`, 'Email Lee Wong'])
    const parsed = links.map((link) => ('href' in link ? parseMailtoUrl(link.href) : null))
    expect(parsed.map((mail) => mail?.to)).toEqual([['zoe@obrien.example'], ['lee@acme.example']])
    for (const mail of parsed) {
      expect(mail?.subject).toBe('Thank you – Söftware & Co')
      expect(mail?.body).toBe(body)
    }
    expect(withoutAddress([zoe, lee, sam])).toEqual([sam])
  })

  it('offers one link without an address when nobody ticked has one', () => {
    const [link] = mailLinksFor([sam], 'Hi', 'Text')
    expect(link && 'href' in link && parseMailtoUrl(link.href)).toMatchObject({ to: [], subject: 'Hi', body: 'Text' })
  })

  it('says which address a mail app could not take, instead of a broken link', () => {
    const odd = { ...lee, email: 'Lee <lee@acme.example>' }
    const [link] = mailLinksFor([odd], 'Hi', 'Text')
    expect(link).toMatchObject({
      label: 'Email Lee Wong',
      error: expect.stringContaining('not a single plain email address'),
    })
  })
})
