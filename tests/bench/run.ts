import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchResult } from './result'

/**
 * `npm run bench`: runs every benchmark, prints one table and writes the same figures as JSON.
 * Suite names as arguments run only those (`node --import tsx tests/bench/run.ts board`); their
 * figures replace the same names in the JSON, and the other suites' last figures stay.
 * The board suite serves the build in DEBRIEF_OUT_DIR (default out/). Each suite is loaded only when run.
 */
const suites: Array<{ name: string; run: () => Promise<BenchResult[]> }> = [
  { name: 'storage', run: async () => (await import('./storage')).benchStorage() },
  { name: 'board', run: async () => (await import('./board')).benchBoard() },
  { name: 'notes', run: async () => (await import('./notes')).benchNotes() },
  { name: 'calls', run: async () => (await import('./calls')).benchCalls() },
  { name: 'scale', run: async () => (await import('./scale')).benchScale() },
  { name: 'calendar', run: async () => (await import('./calendar')).benchCalendar() },
  { name: 'reminders', run: async () => (await import('./reminders')).benchReminders() },
]

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark suite: ${unknown.join(', ')}. Suites: ${suites.map((suite) => suite.name).join(', ')}.`,
  )
  process.exit(2)
}
const selected = wanted.length > 0 ? suites.filter((suite) => wanted.includes(suite.name)) : suites

function format(value: number | undefined, digits = 3): string {
  return value === undefined ? '' : Number(value.toPrecision(digits)).toString()
}

const results: BenchResult[] = []
for (const suite of selected) {
  process.stdout.write(`running ${suite.name}…\n`)
  results.push(...(await suite.run()))
}

const rows = results.map((result) => ({
  name: result.name,
  value: format(result.value),
  unit: result.unit,
  baseline: format(result.baseline),
  ratio: result.ratio === undefined ? '' : `${format(result.ratio)}x`,
}))
console.table(rows)

async function previousResults(file: string): Promise<BenchResult[]> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BenchResult[]
  } catch {
    return []
  }
}

/** The previous figures, each replaced by this run's figure of the same name, then this run's new names. */
function merged(previous: BenchResult[]): BenchResult[] {
  const fresh = new Map(results.map((result) => [result.name, result]))
  const updated = previous.map((result) => fresh.get(result.name) ?? result)
  const known = new Set(previous.map((result) => result.name))
  return [...updated, ...results.filter((result) => !known.has(result.name))]
}

const output = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json')
const written = selected === suites ? results : merged(await previousResults(output))
await mkdir(dirname(output), { recursive: true })
await writeFile(output, `${JSON.stringify(written, null, 2)}\n`)
console.log(`Wrote ${output}`)
