import { INTERVIEWS_SCHEMA_VERSION, type Interview } from '../../../shared/domain/interview'
import { CHANNEL_LABELS, FORMAT_LABELS, INFORMER_LABELS } from '../../../shared/domain/labels'
import type { Person } from '../../../shared/domain/interview'
import { isOutcomeStage, stageLabel } from '../../../shared/domain/stages'

/**
 * Export formats: JSON holds everything needed to rebuild the data folder (interviews with their
 * tasks, and each interview's Markdown notes); CSV is one row per interview for a spreadsheet.
 */

/** Interviews written between two turns of the host's loop: a few milliseconds of work. */
const SLICE = 250

/** Indents JSON.stringify's lines to sit at `depth` inside the file. */
function nested(json: string, indent: string): string {
  return indent + json.replaceAll('\n', `\n${indent}`)
}

/**
 * The export file as JSON.stringify(file, null, 2) writes it, a slice of interviews at a time with
 * `pause()` in between, so the host answers other requests meanwhile: at 50,000 interviews one call to
 * JSON.stringify held every request for seconds. `notesOf` gives an interview's notes ('' for none).
 */
export async function exportJson(
  interviews: readonly Interview[],
  notesOf: (id: string) => Promise<string>,
  pause: () => Promise<void>,
): Promise<string> {
  const records: string[] = []
  const notes: string[] = []
  for (let start = 0; start < interviews.length; start += SLICE) {
    for (const interview of interviews.slice(start, start + SLICE)) {
      records.push(nested(JSON.stringify(interview, null, 2), '    '))
      const markdown = await notesOf(interview.id)
      if (markdown !== '') notes.push(`    ${JSON.stringify(interview.id)}: ${JSON.stringify(markdown)}`)
    }
    await pause()
  }
  const list = (open: string, items: string[], close: string) =>
    items.length === 0 ? `${open}${close}` : `${open}\n${items.join(',\n')}\n  ${close}`
  return (
    `{\n  "schemaVersion": ${INTERVIEWS_SCHEMA_VERSION},\n` +
    `  "interviews": ${list('[', records, ']')},\n` +
    `  "notes": ${list('{', notes, '}')}\n}\n`
  )
}

/** People in one cell each way: "Dana Reyes; Lee Park", and their emails in the same order. */
const names = (people: Person[]) => people.map((person) => person.name).join('; ')
const emails = (people: Person[]) =>
  people
    .map((person) => person.email)
    .filter((email) => email !== '')
    .join('; ')

/** Every cell is what the user reads in the app: labels, never the ids stored on disk. */
const CSV_COLUMNS: Array<[header: string, cell: (interview: Interview) => string]> = [
  ['Company', (interview) => interview.company],
  ['Role', (interview) => interview.role],
  ['Round', (interview) => String(interview.round)],
  ['Date', (interview) => interview.date],
  ['Time', (interview) => interview.time],
  ['Time zone', (interview) => interview.timeZone],
  ['Format', (interview) => FORMAT_LABELS[interview.format]],
  ['Interviewers', (interview) => names(interview.interviewers)],
  ['Interviewer emails', (interview) => emails(interview.interviewers)],
  ['Arranged by', (interview) => names(interview.arrangers)],
  ['Arranger emails', (interview) => emails(interview.arrangers)],
  ['Stage', (interview) => stageLabel(interview.stage)],
  ['Archived', (interview) => (interview.archived ? 'yes' : 'no')],
  ['Decision date', (interview) => interview.decision.expectedDate],
  ['Decision from', (interview) => informer(interview)],
  ['Decision channel', (interview) => (interview.decision.channel ? CHANNEL_LABELS[interview.decision.channel] : '')],
  ['Outcome', (interview) => (isOutcomeStage(interview.stage) ? stageLabel(interview.stage) : '')],
  ['Outcome received', (interview) => interview.outcome.receivedOn],
  ['Outcome note', (interview) => interview.outcome.note],
]

function informer({ decision }: Interview): string {
  const who = INFORMER_LABELS[decision.informer]
  return decision.informerName ? `${who}: ${decision.informerName}` : who
}

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (CSV injection), and some take
 * a leading tab or carriage return before one. Where a cell starts depends on the separator the
 * spreadsheet reads with (a comma, or the semicolon of locales where the comma is the decimal mark,
 * or a tab), and a careless reader ignores quotes: `Acme;=cmd|…` read with ";" starts a cell with
 * "=" (issue 14). So a quote is put before every formula character that follows the start of the
 * value or any separator or line break, spaces between; the spreadsheet shows it as text.
 */
const FORMULA_AFTER_SEPARATOR = /(^|[,;\t\r\n])( *)(?=[=+\-@])/g
const CONTROL_START = /^[\t\r]/
/** Quoted, a cell stays one cell in a reader that honours quotes, whichever of the separators it uses. */
const NEEDS_QUOTES = /[",;\t\r\n]/

/** One RFC 4180 field, made harmless in a spreadsheet, quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = value.replace(FORMULA_AFTER_SEPARATOR, "$1$2'").replace(CONTROL_START, "'$&")
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function exportCsv(interviews: Interview[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...interviews.map((interview) => CSV_COLUMNS.map(([, cell]) => cell(interview))),
  ]
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** The interviews that are not samples: exports and the calendar leave the samples out unless asked. */
export function* withoutSamples(interviews: Iterable<Interview>, sampleIds: ReadonlySet<string>): Iterable<Interview> {
  for (const interview of interviews) if (!sampleIds.has(interview.id)) yield interview
}
