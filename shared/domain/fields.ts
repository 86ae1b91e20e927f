import { z } from 'zod'
import { zoneForName } from './time-zones'

/** Field schemas shared by the record, the forms and the contract, each with the message a user reads. */

export const idSchema = z.uuid({ message: 'Must be an id made by Debrief' })

export function text(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .trim()
    .max(max, { message: `${label} must be at most ${max} characters` })
}

export function requiredText(label: string, max: number) {
  return text(label, max).min(1, { message: `${label} is required` })
}

/**
 * A field left empty says so, not that what it holds is malformed, in the words the other fields use
 * ("Company is required"): "A time is required" beside them read as another voice (a walkthrough).
 */
const orRequired = (what: string, malformed: string) => (issue: { input?: unknown }) =>
  issue.input === '' ? `${what} is required` : malformed

export const isoDateSchema = z.iso.date({ error: orRequired('Date', 'Must be a real date (YYYY-MM-DD)') })

export const wallTimeSchema = z
  .string({ message: 'Must be a time of day (HH:mm)' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: orRequired('Time', 'Must be a time of day (HH:mm)') })

/** An instant with an explicit offset, as written by the host for created/updated times. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'Must be an ISO date-time with offset' })

/** A wall-clock date and time (no offset); its zone comes from the interview or the user's settings. */
export const wallDateTimeSchema = z.iso.datetime({
  local: true,
  message: 'Must be a local date-time (YYYY-MM-DDTHH:mm)',
})

/** Zones already found valid: checking builds an Intl.DateTimeFormat, costly enough to dominate saving a change. */
const knownTimeZones = new Set<string>()

export function isValidTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
  } catch {
    return false
  }
  // Only valid zones are kept, so the set stays as small as the zone database however odd the input.
  knownTimeZones.add(zone)
  return true
}

/**
 * An IANA zone. A city typed in full ("New York", "Munich") is taken as its zone, so either door and
 * the form accept what a user would type; anything else is refused saying what is wanted.
 */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, { message: 'Time zone is required' })
  .max(64, { message: 'Time zone must be at most 64 characters' })
  .transform((name) => (isValidTimeZone(name) ? name : (zoneForName(name) ?? name)))
  .pipe(
    z.string().refine(isValidTimeZone, {
      message: 'Must be a time zone or a city, such as Europe/Berlin or New York',
    }),
  )

export const optionalEmailSchema = z.union([
  z.literal(''),
  z.email({ message: 'Must be an email address like name@example.com' }),
])

export const optionalLinkedInSchema = z.union([
  z.literal(''),
  z
    .url({
      protocol: /^https$/,
      hostname: /^([a-z0-9-]+\.)*linkedin\.com$/,
      message: 'Must be a LinkedIn address starting with https://',
    })
    .max(300, { message: 'LinkedIn address must be at most 300 characters' }),
])

export const optionalPhoneSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(40, { message: 'Phone must be at most 40 characters' })
    .regex(/^\+?[0-9 ()./-]{3,}$/, { message: 'Must be a phone number: digits, spaces and + ( ) - . /' }),
])
