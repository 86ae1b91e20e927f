/**
 * `npm run check --prefix tools/electronegativity`: Electronegativity over the desktop app, twice. The
 * sources scan reads electron/ with renderer/ and shared/ beside it, so the whole-app checks (navigation,
 * permissions) see every handler; the build scan reads out/ (or DEBRIEF_OUT_DIR), as the app ships.
 * Fails on a HIGH or MEDIUM finding that suppressions.mjs does not explain, on an entry there that no
 * longer matches, on a file the scanner could not read, and on an inline `eng-disable` comment (they
 * carry no reason, so every suppression lives in suppressions.mjs with its own).
 */
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { excludedChecks, suppressions, unreadable } from './suppressions.mjs'

const require = createRequire(import.meta.url)
const runElectronegativity = require('@doyensec/electronegativity')
const ELECTRON_VERSION = require('../../node_modules/electron/package.json').version

const projectDir = resolve(import.meta.dirname, '../..')
const buildDir = resolve(projectDir, process.env.DEBRIEF_OUT_DIR ?? 'out')
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM'])
const SOURCE_FOLDERS = ['electron', 'renderer', 'shared']

const problems = []

/** electron/, renderer/ and shared/ in one folder, without their tests. */
async function stageSources() {
  const staged = await mkdtemp(join(tmpdir(), 'debrief-electronegativity-'))
  for (const folder of SOURCE_FOLDERS) {
    await cp(join(projectDir, folder), join(staged, folder), {
      recursive: true,
      filter: (source) => !/\.test\.tsx?$/.test(source),
    })
  }
  return staged
}

async function rejectInlineSuppressions(dir) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if ((await readFile(path, 'utf8')).includes('eng-disable')) {
      problems.push(`${path}: inline eng-disable comment; add the suppression, with its reason, to suppressions.mjs`)
    }
  }
}

async function scan(name, input) {
  const result = await runElectronegativity({
    input,
    isRelative: true,
    customScan: [],
    excludeFromScan: excludedChecks.map((excluded) => excluded.check),
    electronVersionOverride: ELECTRON_VERSION,
    severitySet: 'informational',
    confidenceSet: 'tentative',
  })
  for (const error of result.errors) {
    if (error.tolerable) continue
    const file = error.file.slice(input.length + 1)
    if (!unreadable.some((entry) => entry.scan === name && entry.pattern.test(file))) {
      problems.push(`${name}: could not read ${file} (${error.message}), so its findings are unknown`)
    }
  }
  return result.issues.map((issue) => ({
    scan: name,
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    where: `${issue.location.line}:${issue.location.column}`,
  }))
}

function judge(findings) {
  const used = new Map()
  for (const finding of findings) {
    const entry = suppressions.find(
      (candidate) =>
        candidate.scan === finding.scan && candidate.check === finding.check && candidate.file === finding.file,
    )
    const taken = entry ? (used.get(entry) ?? 0) + 1 : 0
    if (entry) used.set(entry, taken)
    const suppressed = entry && taken <= (entry.count ?? 1) && entry.why?.trim()
    const failing = FAILING_SEVERITIES.has(finding.severity) && !suppressed
    const status = failing ? 'FAIL' : suppressed ? 'suppressed' : 'below MEDIUM'
    console.log(
      `${status.padEnd(12)} ${finding.severity.padEnd(13)} ${finding.check} ${finding.scan}:${finding.file}:${finding.where}`,
    )
    if (failing)
      problems.push(`${finding.check} (${finding.severity}) in ${finding.scan}:${finding.file}:${finding.where}`)
  }
  for (const entry of suppressions) {
    const count = used.get(entry) ?? 0
    if (count < (entry.count ?? 1)) {
      problems.push(
        `suppressions.mjs: ${entry.check} in ${entry.scan}:${entry.file} covers ${entry.count ?? 1} finding(s) but ` +
          `matched ${count}; remove or correct it so that it hides nothing new`,
      )
    }
  }
}

if (!(await stat(join(buildDir, 'main')).catch(() => null))) {
  console.error(`${buildDir} has no build: run "npx electron-vite build" first (DEBRIEF_OUT_DIR names another folder).`)
  process.exit(2)
}
const staged = await stageSources()
try {
  await rejectInlineSuppressions(staged)
  judge([...(await scan('sources', staged)), ...(await scan('build', buildDir))])
} finally {
  await rm(staged, { recursive: true, force: true })
}

if (problems.length > 0) {
  console.error(`\nElectronegativity check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  process.exit(1)
}
console.log('\nElectronegativity check passed: every HIGH and MEDIUM finding is explained in suppressions.mjs.')
