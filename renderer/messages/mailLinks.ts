import type { Person } from '../../shared/domain/interview'
import { mailtoUrl } from '../../shared/messages'

export type MailLink =
  | { key: string; label: string; address: string; href: string }
  | { key: string; label: string; address: string; error: string }

/**
 * One mail link per ticked person with an address, each with the same subject and text, so each
 * gets their own email; with none, one link without an address, for the user to fill in.
 */
export function mailLinksFor(recipients: readonly Person[], subject: string, body: string): MailLink[] {
  const withAddress = recipients.filter((person) => person.email.trim() !== '')
  if (withAddress.length === 0) {
    return [{ key: 'no-address', label: 'Open in mail app', address: '', href: mailtoUrl({ subject, body }) }]
  }
  return withAddress.map((person) => {
    const label = `Email ${person.name}`
    try {
      return { key: person.id, label, address: person.email, href: mailtoUrl({ to: person.email, subject, body }) }
    } catch (error) {
      return {
        key: person.id,
        label,
        address: person.email,
        error: error instanceof Error ? error.message : String(error),
      }
    }
  })
}

/** The ticked people a mail link cannot reach. */
export function withoutAddress(recipients: readonly Person[]): Person[] {
  return recipients.filter((person) => person.email.trim() === '')
}
