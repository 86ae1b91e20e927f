import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../electron/host/backup/import'
import { exportCsvPieces } from '../../../electron/host/backup/export'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'
import { boardInterviews } from '../../bench/board-data'

/** The message an import of `file` is refused with ('imported' when it is taken). */
function refusal(file: unknown): string {
  try {
    parseImport(typeof file === 'string' ? file : JSON.stringify(file))
    return 'imported'
  } catch (error) {
    return (error as Error).message
  }
}

const [acme, globex] = boardInterviews(2, new Date('2025-03-10T13:00:00.000Z'))
const exportOf = (interviews: unknown[]) => ({ schemaVersion: INTERVIEWS_SCHEMA_VERSION, interviews, notes: {} })

// The walkthrough's findings: schema jargon at the import door ("Must be 1, the data version this Debrief
// reads at schemaVersion", "Invalid input: expected object, received array", "not valid JSON at line 1, column 1").
describe('a file that is not a Debrief JSON export', () => {
  it('made by a newer Debrief says so, and what to do', () => {
    expect(refusal({ ...exportOf([]), schemaVersion: 2 })).toBe(
      'This export was made by a newer version of Debrief (data version 2; this one reads 1). ' +
        'Update Debrief to import it. Nothing was changed.',
    )
  })

  it('as CSV (the CSV export or another) says to import the JSON export instead', async () => {
    let csv = ''
    for await (const piece of exportCsvPieces([acme!, globex!])) csv += piece
    const expected =
      'This is not a Debrief JSON export (it looks like a CSV file, as the CSV export for spreadsheets is: ' +
      'import the JSON export instead). Nothing was changed.'
    expect(refusal(csv)).toBe(expected)
    expect(refusal('name;email;phone\nDana;dana@acme.example;\n')).toBe(expected)
  })

  it('of another shape says what it holds instead', () => {
    expect(refusal([])).toBe(
      'This is not a Debrief JSON export (it holds a list, where an export holds its data version, interviews ' +
        'and notes). Nothing was changed.',
    )
    expect(refusal('"hello"')).toMatch(/^This is not a Debrief JSON export \(it holds text, /)
    expect(refusal({ name: 'package' })).toBe(
      'This is not a Debrief JSON export (it has neither the data version nor the interviews that every export ' +
        'holds). Nothing was changed.',
    )
    expect(refusal({ ...exportOf([]), interviews: 'Acme' })).toBe(
      'This is not a Debrief JSON export (its interviews are text, where an export has a list of them). ' +
        'Nothing was changed.',
    )
    expect(refusal({ interviews: [] })).toMatch(/\(it has no data version, where an export made by Debrief has 1\)/)
    expect(refusal({ ...exportOf([]), schemaVersion: '1' })).toMatch(/\(its data version is "1", where an export/)
    expect(refusal({ ...exportOf([]), preferences: {} })).toMatch(
      /\(it has "preferences", which an export never holds\)/,
    )
  })

  it('keeps the line and column of plain text and of a file cut short', () => {
    expect(refusal('Thank you for the interview, Dana.')).toBe(
      'This file cannot be imported: it is not valid JSON at line 1, column 1 (an unexpected character). ' +
        'Nothing was changed.',
    )
    expect(refusal('{"schemaVersion": 1, "interviews": [')).toMatch(/line 1, column 37 \(it ends too early\)/)
  })
})

describe('a fault in one interview of an export', () => {
  it('names the interview by its place, company and role, and the field in words', () => {
    expect(refusal(exportOf([acme, { ...globex, company: '' }]))).toBe(
      'This file cannot be imported: interview 2 of 2 (' +
        `${globex!.role}): Company is required (at interviews[1].company). Nothing was changed.`,
    )
    expect(refusal(exportOf([{ ...acme, date: '2025-02-30' }]))).toBe(
      `This file cannot be imported: interview 1 of 1 (${acme!.company}, ${acme!.role}): date: Must be a real date ` +
        '(YYYY-MM-DD) (at interviews[0].date). Nothing was changed.',
    )
    const interviewers = [{ ...acme!.interviewers[0], name: 7 }]
    expect(refusal(exportOf([{ ...acme, interviewers }]))).toContain(
      `interview 1 of 1 (${acme!.company}, ${acme!.role}): interviewer 1's name: Must be text ` +
        '(at interviews[0].interviewers[0].name)',
    )
    expect(refusal(exportOf([{ ...acme, salary: 1 }]))).toContain(
      ': Has "salary", which Debrief never writes (at interviews[0]).',
    )
  })
})
