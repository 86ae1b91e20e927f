import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const projectDir = join(import.meta.dirname, '..', '..')
const electronDir = join(projectDir, 'node_modules', 'electron')

function electronBinaryPresent(): boolean {
  const pathFile = join(electronDir, 'path.txt')
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

describe('npm start without the Electron binary', () => {
  it.skipIf(electronBinaryPresent())(
    'explains in one paragraph, offers the browser app and fails without a stack trace (skipped: the Electron binary is installed here)',
    () => {
      const { ELECTRON_EXEC_PATH: _ignored, ...env } = process.env
      const run = spawnSync(process.execPath, [join(projectDir, 'scripts', 'start.mjs')], {
        cwd: projectDir,
        env,
        input: '',
        encoding: 'utf8',
        timeout: 20_000,
      })
      const output = `${run.stdout}${run.stderr}`

      expect(run.status).toBe(1)
      expect(output).toContain('needs the Electron binary, which could not be downloaded')
      expect(output).toContain('npx install-electron')
      expect(output).toContain('npm run web -- --open')
      expect(output).not.toMatch(/Error:|^\s+at /m)
      expect(output).not.toContain('Downloading Electron')
    },
  )
})
