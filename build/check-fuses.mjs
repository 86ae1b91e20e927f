// Reads the fuses back from packaged Electron binaries and fails if any differs from `electronFuses`
// in electron-builder.config.mjs: a fuse that did not flip (a skipped step, an Electron upgrade that
// moved the wire) would otherwise ship silently.
//
//   node build/check-fuses.mjs                  the host platform's unpacked apps under release/
//   node build/check-fuses.mjs <binary|.app>…   the given executables or macOS app bundles
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import config from './electron-builder.config.mjs'

const projectDir = fileURLToPath(new URL('..', import.meta.url))
/** How a fuse reads in the binary (@electron/fuses' FuseState): the ASCII digits '0' and '1'. */
const DISABLED = '0'.charCodeAt(0)
const ENABLED = '1'.charCodeAt(0)

/** electron-builder's option names (runAsNode) and @electron/fuses' wire positions (RunAsNode). */
function expectedFuses() {
  const { resetAdHocDarwinSignature: _notAFuse, ...fuses } = config.electronFuses
  return Object.entries(fuses).map(([name, enabled]) => {
    const position = FuseV1Options[name.charAt(0).toUpperCase() + name.slice(1)]
    if (typeof position !== 'number') throw new Error(`electronFuses.${name} is not a fuse @electron/fuses knows`)
    return { name, position, enabled }
  })
}

/** The unpacked apps electron-builder leaves in release/ for this platform (every architecture). */
function packagedBinaries() {
  const output = join(projectDir, config.directories.output)
  if (!existsSync(output)) return []
  const productName = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')).productName
  const folders = readdirSync(output, { withFileTypes: true }).filter((entry) => entry.isDirectory())
  const inFolders = (pattern, name) =>
    folders
      .filter((folder) => pattern.test(folder.name))
      .map((folder) => join(output, folder.name, name))
      .filter((path) => existsSync(path))
  if (process.platform === 'linux') return inFolders(/^linux(-[\w]+)?-unpacked$/, config.linux.executableName)
  if (process.platform === 'win32') return inFolders(/^win(-[\w]+)?-unpacked$/, `${productName}.exe`)
  if (process.platform === 'darwin') return inFolders(/^mac(-[\w]+)?$/, `${productName}.app`)
  return []
}

function stateName(state) {
  if (state === ENABLED) return 'on'
  if (state === DISABLED) return 'off'
  return state === undefined ? 'absent' : `unusual state ${state}`
}

/** The fuses of one binary that differ from the configuration, as lines a person can act on. */
async function mismatchesOf(binary, expected) {
  const wire = await getCurrentFuseWire(binary)
  return expected
    .filter(({ position, enabled }) => wire[position] !== (enabled ? ENABLED : DISABLED))
    .map(({ name, position, enabled }) => `${name} is ${stateName(wire[position])}, expected ${enabled ? 'on' : 'off'}`)
}

async function main() {
  const expected = expectedFuses()
  const binaries = process.argv.length > 2 ? process.argv.slice(2) : packagedBinaries()
  if (binaries.length === 0) {
    console.error(
      `check-fuses: no packaged app for ${process.platform} under ${config.directories.output}/; run "npm run dist" first, ` +
        'or name the binary: node build/check-fuses.mjs <path>',
    )
    return 1
  }
  let failed = false
  for (const binary of binaries) {
    const shown = binary.startsWith(projectDir) ? relative(projectDir, binary) : binary
    let mismatches
    try {
      mismatches = await mismatchesOf(binary, expected)
    } catch (error) {
      mismatches = [`could not read its fuses: ${error instanceof Error ? error.message : String(error)}`]
    }
    if (mismatches.length === 0) {
      console.log(`check-fuses: ${shown}: all ${expected.length} fuses as configured`)
    } else {
      failed = true
      console.error(`check-fuses: ${shown}:\n${mismatches.map((line) => `  - ${line}`).join('\n')}`)
    }
  }
  return failed ? 1 : 0
}

process.exitCode = await main()
