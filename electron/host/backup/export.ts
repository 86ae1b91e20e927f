import { INTERVIEWS_SCHEMA_VERSION, type Interview } from '../../../shared/domain/interview'
import { stageLabel } from '../../../shared/domain/stages'

/**
 * Export formats: JSON holds everything needed to rebuild the data folder (interviews with their
 * tasks, and each interview's Markdown notes); CSV is one row per interview for a spreadsheet.
 */

export interface ExportFile {
  schemaVersion: number
  interviews: Interview[]
  /** Markdown notes by interview id; interviews without notes are absent. */
  notes: Record<string, string>
}

export function exportJson(interviews: Interview[], notes: Map<string, string>): string {
  const file: ExportFile = {
    schemaVersion: INTERVIEWS_SCHEMA_VERSION,
    interviews,
    notes: Object.fromEntries([...notes].filter(([, markdown]) => markdown !== '')),
  }
  return `${JSON.stringify(file, null, 2)}\n`
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

/** The interviews that are not samples: exports and the calendar leave the samples out unless asked. */
export function* withoutSamples(interviews: Iterable<Interview>, sampleIds: ReadonlySet<string>): Iterable<Interview> {
  for (const interview of interviews) if (!sampleIds.has(interview.id)) yield interview
}
