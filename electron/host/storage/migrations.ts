import { createHash } from 'node:crypto'
import { generateNKeysBetween } from 'fractional-indexing'
import { z } from 'zod'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'

/** A data file from a later Debrief: never set aside or rewritten, so the newer app still finds it intact. */
export class NewerDataVersionError extends Error {
  readonly fileVersion: number

  constructor(path: string, fileVersion: number) {
    super(
      `${path} was written by a newer version of Debrief (data version ${fileVersion}; this version reads up to ` +
        `${INTERVIEWS_SCHEMA_VERSION}). Update Debrief to open this data folder.`,
    )
    this.name = 'NewerDataVersionError'
    this.fileVersion = fileVersion
  }
}

/** The file's content cannot be brought to the current version: it is treated as damaged. */
export class UnmigratableDataError extends Error {}

export interface MigrationContext {
  /** Zone in which instants of old files become wall-clock date and time: the user's own. */
  timeZone: string
}

/**
 * Version 0 (before schema versions): one `startsAt` instant instead of date, time and zone; no
 * board order, archive flag or arrangers; interviewers without ids.
 */
const v0PersonSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  mailingAddress: z.string().optional(),
  linkedin: z.string().optional(),
})
const v0InterviewSchema = z.object({
  id: z.string(),
  company: z.string(),
  role: z.string(),
  round: z.number().optional(),
  startsAt: z.iso.datetime({ offset: true }),
  format: z.string().optional(),
  location: z.string().optional(),
  interviewers: z.array(v0PersonSchema).optional(),
  decision: z.record(z.string(), z.unknown()).optional(),
  outcome: z.record(z.string(), z.unknown()).optional(),
  stage: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
const v0FileSchema = z.object({ interviews: z.array(v0InterviewSchema) })

/** A stable uuid derived from `seed`, so migrating the same file twice gives the same ids. */
export function derivedId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function wallClock(instant: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` }
}

function v0ToV1(data: unknown, context: MigrationContext): unknown {
  const parsed = v0FileSchema.safeParse(data)
  if (!parsed.success) throw new UnmigratableDataError(`It is not a readable version 0 file: ${parsed.error.message}`)
  const { interviews } = parsed.data
  const orderOf = new Map<string, string>()
  for (const stage of new Set(interviews.map((interview) => interview.stage))) {
    const inStage = interviews.filter((interview) => interview.stage === stage)
    const keys = generateNKeysBetween(null, null, inStage.length)
    inStage.forEach((interview, index) => orderOf.set(interview.id, keys[index]!))
  }
  return {
    schemaVersion: 1,
    seq: 0,
    interviews: interviews.map(({ startsAt, interviewers, ...rest }) => ({
      ...rest,
      ...wallClock(startsAt, context.timeZone),
      timeZone: context.timeZone,
      interviewers: (interviewers ?? []).map((person, index) => ({
        id: derivedId(`${rest.id}/interviewer/${index}`),
        ...person,
      })),
      arrangers: [],
      order: orderOf.get(rest.id),
      archived: false,
      tasks: [],
    })),
    undo: [],
    redo: [],
  }
}

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Array<(data: unknown, context: MigrationContext) => unknown> = [v0ToV1]

function versionOf(data: unknown): number {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UnmigratableDataError('It does not hold an object')
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion
  if (version === undefined) return 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new UnmigratableDataError(`Its schema version ${JSON.stringify(version)} is not a version number`)
  }
  return version
}

/** Brings the parsed content of an interviews file to the current schema version (not yet validated). */
export function migrateInterviewsData(
  data: unknown,
  path: string,
  context: MigrationContext,
): { data: unknown; fromVersion: number } {
  const fromVersion = versionOf(data)
  if (fromVersion > INTERVIEWS_SCHEMA_VERSION) throw new NewerDataVersionError(path, fromVersion)
  let migrated = data
  for (let version = fromVersion; version < INTERVIEWS_SCHEMA_VERSION; version++) {
    migrated = MIGRATIONS[version]!(migrated, context)
  }
  return { data: migrated, fromVersion }
}
