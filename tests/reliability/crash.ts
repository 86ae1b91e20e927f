import { runCrashTest } from './crash-run'
import { seedFrom } from './random'

/**
 * `npm run test:crash [-- --kills N --seed S]`: at least 200 SIGKILLs of a host in mid-change. Exits
 * non-zero when any acknowledged change is lost or anything else went wrong; the seed reproduces a run.
 */
const argv = process.argv.slice(2)
const killsIndex = argv.indexOf('--kills')
const kills = killsIndex === -1 ? 200 : Number(argv[killsIndex + 1])
const seed = seedFrom(argv)

console.log(`crash test: ${kills} kills, seed ${seed}`)
const started = Date.now()
const result = await runCrashTest({ kills, seed, log: (line) => console.log(line) })
for (const problem of result.problems.slice(0, 50)) console.error(`  ${problem}`)
if (result.problems.length > 50) console.error(`  … and ${result.problems.length - 50} more problems`)
console.log(`kills: ${result.kills}  acknowledged changes: ${result.acknowledged}  lost changes: ${result.lost}`)
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s; reproduce with --seed ${seed})`)
process.exitCode = result.lost === 0 && result.problems.length === 0 ? 0 : 1
