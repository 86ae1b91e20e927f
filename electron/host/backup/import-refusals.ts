import type { z } from 'zod'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'

/**
 * Why a file is refused at the import door, in the user's words. A walkthrough found schema jargon
 * there: "Must be 1, the data version this Debrief reads at schemaVersion" for a newer export,
 * "Invalid input: expected object, received array" for another app's file, and "not valid JSON at
 * line 1, column 1" for the CSV export picked by mistake.
 */

const NOTHING_CHANGED = 'Nothing was changed.'

export function cannotImport(reason: string): string {
  return `This file cannot be imported: ${reason}. ${NOTHING_CHANGED}`
}

function notAnExport(looksLike: string): string {
  return `This is not a Debrief JSON export (${looksLike}). ${NOTHING_CHANGED}`
}

/** "Company,Role,…" on the first line, or as many commas, semicolons or tabs on the first two lines. */
function looksLikeCsv(text: string): boolean {
  const [first = '', second] = text.replace(/^\uFEFF/, '').split(/\r?\n/, 2)
  if (/^\s*[[{"]/.test(first)) return false
  return [',', ';', '\t'].some((separator) => {
    const count = first.split(separator).length - 1
    return count >= 2 && (second === undefined || second === '' || second.split(separator).length - 1 >= count)
  })
}

/** The refusal of text JSON.parse did not take, when it is a known other kind of file; undefined keeps the syntax error. */
export function notJsonRefusal(text: string): string | undefined {
  if (!looksLikeCsv(text)) return undefined
  return notAnExport('it looks like a CSV file, as the CSV export for spreadsheets is: import the JSON export instead')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a JSON value is, as a user would say it. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'empty (null)'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return 'a record'
}

/** The export's own fields: a file without them, or with others, is something else. */
const EXPORT_FIELDS = new Set(['schemaVersion', 'interviews', 'notes'])

/**
 * The refusal of a file whose whole shape is not an export's (another app's JSON, a newer export),
 * checked before its interviews are; undefined when it has an export's shape.
 */
export function shapeRefusal(raw: unknown): string | undefined {
  if (!isRecord(raw)) {
    return notAnExport(`it holds ${kindOf(raw)}, where an export holds its data version, interviews and notes`)
  }
  const { schemaVersion: version, interviews, notes } = raw
  if (typeof version === 'number' && Number.isInteger(version) && version > INTERVIEWS_SCHEMA_VERSION) {
    return (
      `This export was made by a newer version of Debrief (data version ${version}; this one reads ` +
      `${INTERVIEWS_SCHEMA_VERSION}). Update Debrief to import it. ${NOTHING_CHANGED}`
    )
  }
  if (version === undefined && interviews === undefined) {
    return notAnExport('it has neither the data version nor the interviews that every export holds')
  }
  if (version !== INTERVIEWS_SCHEMA_VERSION) {
    const found = version === undefined ? 'it has no data version' : `its data version is ${JSON.stringify(version)}`
    return notAnExport(`${found}, where an export made by Debrief has ${INTERVIEWS_SCHEMA_VERSION}`)
  }
  if (!Array.isArray(interviews)) {
    const found = interviews === undefined ? 'it has no interviews' : `its interviews are ${kindOf(interviews)}`
    return notAnExport(`${found}, where an export has a list of them`)
  }
  if (notes !== undefined && !isRecord(notes)) {
    return notAnExport(`its notes are ${kindOf(notes)}, where an export has each interview's notes by its id`)
  }
  const other = Object.keys(raw).find((key) => !EXPORT_FIELDS.has(key))
  if (other !== undefined) return notAnExport(`it has "${other}", which an export never holds`)
  return undefined
}

/** The fields of an interview in the file, as the form and the CSV export name them. */
const FIELD_WORDS: Record<string, string> = {
  id: 'id',
  company: 'company',
  role: 'role',
  round: 'round',
  date: 'date',
  time: 'time',
  timeZone: 'time zone',
  format: 'format',
  location: 'location or link',
  stage: 'stage',
  order: 'place on the board',
  archived: 'archived',
  createdAt: 'time it was added',
  updatedAt: 'time it was last changed',
  expectedDate: 'decision date',
  informer: 'who tells the decision',
  informerName: 'name of who tells the decision',
  informerEmail: 'email of who tells the decision',
  informerPhone: 'phone of who tells the decision',
  channel: 'decision channel',
  receivedOn: 'day the result came',
  note: 'outcome note',
  name: 'name',
  title: 'title',
  honorific: 'form of address',
  email: 'email',
  phone: 'phone',
  mailingAddress: 'mailing address',
  linkedin: 'LinkedIn profile',
  kind: 'kind',
  due: 'due time',
  status: 'status',
  snoozedUntil: 'snoozed until',
  completedAt: 'time it was done',
}

/** The people and follow-ups an interview lists, one of them named by its place. */
const LIST_WORDS: Record<string, string> = { interviewers: 'interviewer', arrangers: 'arranger', tasks: 'follow-up' }

/** `interviewers[0].email` as "interviewer 1's email". */
function fieldWords(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = []
  for (let index = 0; index < path.length; index++) {
    const key = String(path[index])
    const position = path[index + 1]
    if (LIST_WORDS[key] && typeof position === 'number') {
      words.push(`${LIST_WORDS[key]} ${position + 1}`)
      index++
    } else if (key !== 'decision' && key !== 'outcome') {
      words.push(FIELD_WORDS[key] ?? `"${key}"`)
    }
  }
  return words.join("'s ")
}

/** What zod expected, without its "Invalid input: expected string, received number". */
const EXPECTED_WORDS: Record<string, string> = {
  string: 'Must be text',
  number: 'Must be a number',
  int: 'Must be a whole number',
  boolean: 'Must be true or false',
  array: 'Must be a list',
  object: 'Must be a record of fields',
}

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return EXPECTED_WORDS[issue.expected] ?? issue.message
  if (issue.code === 'unrecognized_keys')
    return `Has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which Debrief never writes`
  return issue.message
}

/** "Acme, Backend engineer" from the file's own record, as far as it has them. */
function interviewName(record: unknown): string {
  if (!isRecord(record)) return ''
  const said = [record.company, record.role].filter((part) => typeof part === 'string' && part.trim() !== '')
  return said.length === 0 ? '' : ` (${said.join(', ')})`
}

/**
 * One fault inside an export whose shape is right: for one interview, which one (its place, company
 * and role) and which field, with where the file holds it (`at`, as jsonPath writes it).
 */
export function faultRefusal(raw: unknown, issue: z.core.$ZodIssue | undefined, at: string): string {
  if (!issue) return cannotImport('it does not match the export format')
  const [list, position, ...field] = issue.path
  const interviews = isRecord(raw) && Array.isArray(raw.interviews) ? raw.interviews : []
  if (list !== 'interviews' || typeof position !== 'number') return cannotImport(`${problemOf(issue)} at ${at}`)
  const which = `interview ${position + 1} of ${interviews.length}${interviewName(interviews[position])}`
  const what = fieldWords(field)
  const problem = problemOf(issue)
  // "Company is required" names its field already.
  const named = what === '' || problem.toLowerCase().startsWith(what.toLowerCase())
  return cannotImport(`${which}: ${named ? '' : `${what}: `}${problem} (at ${at})`)
}
