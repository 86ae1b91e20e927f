import { INTERVIEWS_SCHEMA_VERSION, type Interview } from '../../../shared/domain/interview'
import { CHANNEL_LABELS, FORMAT_LABELS, INFORMER_LABELS } from '../../../shared/domain/labels'
import type { Person } from '../../../shared/domain/interview'
import { isOutcomeStage, STAGE_IDS, stageLabel, type StageId } from '../../../shared/domain/stages'
import { compareWithinStage } from '../../../shared/domain/order'
import { setImmediate } from 'node:timers/promises'
import { textInPieces } from './downloads'

/**
 * Export formats: JSON holds everything needed to rebuild the data folder (interviews with their
 * tasks, and each interview's Markdown notes); CSV is one row per interview for a spreadsheet.
 */

/** Interviews whose notes are read for one piece: one file read each, a turn of the loop in between. */
const NOTES_SLICE = 250

/** Indents JSON.stringify's lines to sit at `depth` inside the file. */
function nested(json: string, indent: string): string {
  return indent + json.replaceAll('\n', `\n${indent}`)
}

/**
 * The export file as JSON.stringify(file, null, 2) writes it, in pieces of a few ms of work with a turn
 * of the host's loop after each (downloads.ts), so the host answers other requests meanwhile and never
 * holds the whole file: at 50,000 interviews one JSON.stringify held every request for seconds. The
 * notes follow the interviews, each read when its piece is made. `notesOf` gives an interview's notes
 * ('' for none).
 */
export async function* exportJsonPieces(
  interviews: readonly Interview[],
  notesOf: (id: string) => Promise<string>,
  budgetMs?: number,
): AsyncGenerator<string> {
  yield `{\n  "schemaVersion": ${INTERVIEWS_SCHEMA_VERSION},\n  "interviews": [`
  yield* textInPieces(
    interviews,
    (each, index) => `${index === 0 ? '\n' : ',\n'}${nested(JSON.stringify(each, null, 2), '    ')}`,
    budgetMs,
  )
  yield `${interviews.length === 0 ? '' : '\n  '}],\n  "notes": {`
  let notes = 0
  for (let start = 0; start < interviews.length; start += NOTES_SLICE) {
    let piece = ''
    for (const { id } of interviews.slice(start, start + NOTES_SLICE)) {
      const markdown = await notesOf(id)
      if (markdown !== '')
        piece += `${notes++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(id)}: ${JSON.stringify(markdown)}`
    }
    if (piece !== '') yield piece
  }
  yield `${notes === 0 ? '' : '\n  '}}\n}\n`
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
  ['Location', (interview) => interview.location],
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
  const named = [decision.informerName, decision.informerEmail && `<${decision.informerEmail}>`, decision.informerPhone]
    .filter(Boolean)
    .join(' ')
  return named ? `${who}: ${named}` : who
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

/** One row per interview under a header row, in pieces of a few ms of work (downloads.ts). */
export async function* exportCsvPieces(interviews: readonly Interview[]): AsyncGenerator<string> {
  const row = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`
  // The byte order mark tells Excel the file is UTF-8: without it, Excel on Windows reads "Müller" as "MÃ¼ller".
  yield `\uFEFF${row(CSV_COLUMNS.map(([header]) => header))}`
  yield* textInPieces(interviews, (interview) => row(CSV_COLUMNS.map(([, cell]) => cell(interview))))
}

/**
 * `interviews` in board order, sorted a stage at a time with a turn of the host's loop after each:
 * one sort of 50,000 held the loop ~60 ms, and an export's answer waited for it.
 */
export async function inBoardOrder(interviews: readonly Interview[]): Promise<Interview[]> {
  const stages = new Map<StageId, Interview[]>(STAGE_IDS.map((stage) => [stage, []]))
  for (const interview of interviews) stages.get(interview.stage)!.push(interview)
  const ordered: Interview[] = []
  for (const stage of stages.values()) {
    for (const interview of stage.sort(compareWithinStage)) ordered.push(interview)
    await setImmediate()
  }
  return ordered
}

/** The interviews that are not samples: exports and the calendar leave the samples out unless asked. */
export function* withoutSamples(interviews: Iterable<Interview>, sampleIds: ReadonlySet<string>): Iterable<Interview> {
  for (const interview of interviews) if (!sampleIds.has(interview.id)) yield interview
}
