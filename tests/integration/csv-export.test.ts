import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { fields, makeTempDir, open, person, type TestHost } from '../unit/host/support'
import { downloadText } from '../support/downloads'

const opened: Array<{ host: TestHost; cleanup: () => Promise<void> }> = []

afterEach(async () => {
  for (const { host, cleanup } of opened.splice(0)) {
    await host.host.close()
    await cleanup()
  }
})

/** Text a spreadsheet would run as a formula, hidden after each separator a reader might split on. */
const HOSTILE = [
  "Acme;=cmd|' /C calc'!A0;",
  'Acme,=1+2',
  'Acme\t@SUM(A1)',
  'Acme\n-2+3',
  'Acme; +cmd',
  '=HYPERLINK("http://evil")',
  '\t=1',
]

/** A cell a spreadsheet runs as a formula, leading spaces and stray quotes aside. */
const FORMULA_CELL = /^["\s]*[=+\-@]/

async function hostileExport(): Promise<{ text: string }> {
  const { dir, cleanup } = await makeTempDir()
  const host = await open(dir)
  opened.push({ host, cleanup })
  for (const [index, hostile] of HOSTILE.entries()) {
    const company = `${hostile} ${index}`
    await host.client.createInterview({
      fields: fields(company, {
        role: hostile,
        interviewers: [{ ...person(`Dana ${hostile}`), email: 'dana@acme.example' }],
        outcome: { receivedOn: '2025-03-20', note: hostile },
      }),
    })
  }
  return { text: await downloadText(host.host, host.client.exportData({ format: 'csv' })) }
}

describe('the CSV export in a spreadsheet', () => {
  it('starts with a byte order mark, so that Excel reads the names as UTF-8, and gives the location', async () => {
    const { dir, cleanup } = await makeTempDir()
    const host = await open(dir)
    opened.push({ host, cleanup })
    await host.client.createInterview({
      fields: fields('Müller Stahl', { location: 'Königstraße 5, Stuttgart', interviewers: [person('Jörg Weiß')] }),
    })
    const text = await downloadText(host.host, host.client.exportData({ format: 'csv' }))
    expect(text.startsWith('\uFEFFCompany,')).toBe(true)
    const [header, row] = parse(text, { bom: true }) as string[][]
    expect(row![header!.indexOf('Company')]).toBe('Müller Stahl')
    expect(row![header!.indexOf('Location')]).toBe('Königstraße 5, Stuttgart')
    expect(row![header!.indexOf('Interviewers')]).toBe('Jörg Weiß')
  })

  it('reads back every value as text with a comma reader that honours quotes', async () => {
    const { text } = await hostileExport()
    const rows = parse(text, { delimiter: ',', bom: true }) as string[][]
    const header = rows[0]!
    const column = (name: string) => header.indexOf(name)
    expect(rows).toHaveLength(HOSTILE.length + 1)
    for (const row of rows) {
      expect(row).toHaveLength(header.length)
      for (const cell of row) expect(cell).not.toMatch(FORMULA_CELL)
    }
    // Only a quote put before each formula start: the rest of the text is as typed.
    const first = rows.find((row) => row[column('Company')]!.startsWith('Acme;'))!
    expect(first[column('Company')]).toBe("Acme;'=cmd|' /C calc'!A0; 0")
    expect(first[column('Role')]).toBe("Acme;'=cmd|' /C calc'!A0;")
    expect(first[column('Interviewers')]).toBe("Dana Acme;'=cmd|' /C calc'!A0;")
    expect(first[column('Interviewer emails')]).toBe('dana@acme.example')
    expect(first[column('Outcome received')]).toBe('2025-03-20')
  })

  // The worst reader: it splits at every separator and every line break, quotes or not.
  it.each([',', ';', '\t'])(
    'starts no cell with a formula when split at every "%s", quotes ignored',
    async (delimiter) => {
      const { text } = await hostileExport()
      const rows = parse(text, { delimiter, quote: false, relax_column_count: true, bom: true }) as string[][]
      expect(rows.length).toBeGreaterThan(HOSTILE.length)
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_CELL)
    },
  )
})
