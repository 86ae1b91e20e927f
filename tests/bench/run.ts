import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchStorage } from './storage'
import { benchBoard } from './board'
import { benchNotes } from './notes'
import type { BenchResult } from './result'

/** `npm run bench`: runs every benchmark, prints one table and writes the same figures as JSON. */
const suites: Array<{ name: string; run: () => Promise<BenchResult[]> }> = [
  { name: 'storage', run: benchStorage },
  { name: 'board', run: benchBoard },
  { name: 'notes', run: benchNotes },
]

function format(value: number | undefined, digits = 3): string {
  return value === undefined ? '' : Number(value.toPrecision(digits)).toString()
}

const results: BenchResult[] = []
for (const suite of suites) {
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

const output = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json')
await mkdir(dirname(output), { recursive: true })
await writeFile(output, `${JSON.stringify(results, null, 2)}\n`)
console.log(`Wrote ${output}`)
