import { INTERVIEWS_SCHEMA_VERSION, type Interview } from '../../../shared/domain/interview'
import { stageLabel } from '../../../shared/domain/stages'

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

const CSV_COLUMNS: Array<[header: string, cell: (interview: Interview) => string]> = [
  ['Company', (interview) => interview.company],
  ['Role', (interview) => interview.role],
  ['Round', (interview) => String(interview.round)],
  ['Date', (interview) => interview.date],
  ['Time', (interview) => interview.time],
  ['Time zone', (interview) => interview.timeZone],
  ['Format', (interview) => interview.format],
  ['Stage', (interview) => stageLabel(interview.stage)],
  ['Archived', (interview) => (interview.archived ? 'yes' : 'no')],
  ['Decision date', (interview) => interview.decision.expectedDate],
  ['Decision channel', (interview) => interview.decision.channel],
]

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection): a leading quote makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function exportCsv(interviews: Interview[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...interviews.map((interview) => CSV_COLUMNS.map(([, cell]) => cell(interview))),
  ]
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
