import { spawnSync } from 'node:child_process'

/**
 * `npm run test:fuzz`: the fuzz test at full strength, 10,000 malformed calls through each door
 * (CI runs 10,000 over IPC and 2,000 over HTTP). `--seed N` replays a run.
 */
const argv = process.argv.slice(2)
const seedIndex = argv.indexOf('--seed')
const env = {
  ...process.env,
  FUZZ_IPC_CALLS: '10000',
  FUZZ_HTTP_CALLS: '10000',
  ...(seedIndex === -1 ? {} : { FUZZ_SEED: argv[seedIndex + 1] }),
}
const run = spawnSync('npx', ['vitest', 'run', 'tests/integration/fuzz.test.ts'], {
  env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
process.exitCode = run.status ?? 1
