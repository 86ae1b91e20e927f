import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { openHost } from '../../../electron/host/service'
import { startWebServer } from '../../../electron/web/server'
import { failingFileSystem } from '../../support/failing-file-system'

/**
 * The browser app's host and server as serve-web starts them, over a file system that reports a
 * full disk while told so: a line `fail` on stdin starts the failures, `heal` ends them. A test
 * program only, run by faulty-web-app.ts: the app itself has no way to fake a failing disk.
 */
const [dataDir, rendererDir] = process.argv.slice(2) as [string, string]
const fileSystem = failingFileSystem('ENOSPC')
const values = new Map<string, unknown>()
const host = await openHost({
  dataDir,
  settings: { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) },
  version: 'e2e',
  fileSystem,
  retryHeldMs: 250,
})
const server = await startWebServer({ host, rendererDir: resolve(rendererDir) })
console.log(`Debrief is running at ${server.url}`)

createInterface({ input: process.stdin }).on('line', (line) => {
  fileSystem.failing = line.trim() === 'fail'
  console.log(`disk ${fileSystem.failing ? 'failing' : 'healed'}`)
})
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => host.close())
    .finally(() => process.exit(0))
})
