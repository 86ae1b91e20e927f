import { PHASES, runCrashTest } from './crash-run'
import { seedFrom } from './random'

/**
 * `npm run test:crash [-- --kills N --seed S]`: at least 200 SIGKILLs of a host in mid-change. Exits
 * non-zero when any acknowledged change is lost or anything else went wrong; the seed reproduces a run.
 */
const argv = process.argv.slice(2)
const killsIndex = argv.indexOf('--kills')
const kills = killsIndex === -1 ? 200 : Number(argv[killsIndex + 1])
const seed = seedFrom(argv)
/** Each multi-step phase must have been cut this many times at least (issue #14). */
const MIN_KILLS_INSIDE = kills >= 200 ? 20 : 0

console.log(`crash test: ${kills} kills, seed ${seed}`)
const started = Date.now()
const result = await runCrashTest({ kills, seed, log: (line) => console.log(line) })
for (const problem of result.problems.slice(0, Number(process.env.DEBRIEF_CRASH_PROBLEMS ?? 50)))
  console.error(`  ${problem}`)
if (result.problems.length > 50) console.error(`  … and ${result.problems.length - 50} more problems`)
console.log(`kills: ${result.kills}  acknowledged changes: ${result.acknowledged}  lost changes: ${result.lost}`)
console.log(
  `kills inside: ${PHASES.map((phase) => `${phase} ${result.landed[phase]}`).join(', ')}  partial states: ${result.partial}`,
)
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s; reproduce with --seed ${seed})`)
const tooFew = PHASES.filter((phase) => result.landed[phase] < MIN_KILLS_INSIDE)
if (tooFew.length > 0) console.error(`fewer than ${MIN_KILLS_INSIDE} kills landed inside: ${tooFew.join(', ')}`)
process.exitCode = result.lost === 0 && result.problems.length === 0 && tooFew.length === 0 ? 0 : 1
