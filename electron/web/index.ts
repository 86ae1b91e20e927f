import { homedir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Conf from 'conf'
import { version } from '../../package.json'
import { DATA_DIR_ENV, resolveDataDir } from '../host/data-dir'
import type { Host } from '../host/host'
import { DataFolderLockedError } from '../host/storage/lock'
import { createNodeNotifier } from '../host/follow-ups/reminders/notifier'
import { startHost } from '../host/starting-host'
import { settingsStoreOptions } from '../host/settings/settings-file'
import { InterruptGuard, interruptWarning, ownQuitSignals, type QuitSignal } from '../host/interrupts'
import { openBrowser } from './open-browser'
import { PageNotifier } from './page-notifier'
import { startWebServer, type WebServer } from './server'

const USAGE = `Debrief ${version}: the Debrief app in your browser, served to this machine only.

Usage: npm run web -- [options]
   or: node out/main/serve-web.js [options]

Options:
  --data-dir <dir>  Data folder (default: $${DATA_DIR_ENV}, else the desktop app's data folder)
  --port <n>        Port on 127.0.0.1 (default: a free one)
  --open            Open the default browser on the app
  --help            Show this help
`

/** The built renderer sits beside the built main process: out/main/serve-web.js → out/renderer. */
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))

interface CliOptions {
  port: number
  open: boolean
  help: boolean
}

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      open: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`)
  }
  return { port, open: values.open, help: values.help }
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  let cli: CliOptions
  let dataDir: string
  try {
    cli = parseCli(argv)
    dataDir = resolveDataDir({ argv, env: process.env, platform: process.platform, homedir: homedir() })
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`)
  }
  if (cli.help) {
    console.log(USAGE)
    return
  }

  let host: Host
  let opened: Promise<Host>
  const pages = new PageNotifier(createNodeNotifier())
  pages.onPageReady = () => host.refreshReminders()
  function cannotOpen(error: unknown): never {
    if (error instanceof DataFolderLockedError) fail(error.message)
    fail(`Debrief could not open its data folder ${dataDir}: ${(error as Error).message}`)
  }
  try {
    const { cwd, name } = settingsStoreOptions(dataDir)
    const settings = () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' })
    ;({ host, opened } = await startHost({ dataDir, settings, version, notifier: pages }))
  } catch (error) {
    cannotOpen(error)
  }
  // With the board's first pages kept, the host answers them while it reads the interviews (starting-host.ts).
  opened.catch(cannotOpen)

  let server: WebServer
  try {
    server = await startWebServer({ host, port: cli.port, rendererDir: RENDERER_DIR, pages })
  } catch (error) {
    await host.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`Port ${cli.port} is already in use; choose another with --port, or leave it out to get a free one.`)
    }
    fail(`Debrief could not start its web server: ${(error as Error).message}`)
  }

  console.log(`Debrief is running at ${server.url}`)
  console.log(`Data folder: ${dataDir}`)
  if (cli.open) {
    // Not the address with the token: the opener's command line is in the process table for any local user to read.
    openBrowser(server.launchUrl(), () => console.log('Could not open a browser; open the address above yourself.'))
  }

  let stopping = false
  const guard = new InterruptGuard()
  const stop = async (signal: QuitSignal) => {
    if (stopping) return
    // Changes the disk refused are lost on quit: Ctrl+C warns, on the terminal and in the page, and
    // only a second one soon after quits. SIGTERM and SIGHUP (a shutdown, a closed terminal) quit at once.
    if (signal === 'SIGINT') {
      const unsaved = host.heldChanges()
      if (guard.decide(unsaved) === 'warn') {
        console.error(interruptWarning(unsaved, dataDir, 'Press Ctrl+C again'))
        host.addNotice('error', interruptWarning(unsaved, dataDir, 'Press Ctrl+C again in its terminal'))
        return
      }
    }
    stopping = true
    try {
      await server.close()
      await host.close()
      process.exit(0)
    } catch (error) {
      fail(`Debrief did not shut down cleanly: ${(error as Error).message}`)
    }
  }
  ownQuitSignals((signal) => void stop(signal))
}

await main()
