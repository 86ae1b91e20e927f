// `npm start`: the desktop app when the Electron binary is installed; otherwise, say why and offer
// the browser app, which is the same app over the same data folder.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { fileURLToPath } from 'node:url'

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(projectDir, 'node_modules', 'electron')
const userArgs = process.argv.slice(2)
const browserCommand = 'npm run web -- --open'

const MISSING_BINARY = `Debrief's desktop app needs the Electron binary, which could not be downloaded on this machine \
(node_modules/electron has no usable dist/ folder). On a machine with internet access, run "npx install-electron" \
in this folder, or reinstall with "npm install". Meanwhile the same app runs in your browser, on the same data.`

/**
 * Where the Electron binary is, or undefined. Deliberately not `require('electron')`: in Electron 45
 * resolving that module starts a download when the binary is missing.
 */
function electronBinary() {
  const override = process.env.ELECTRON_EXEC_PATH
  if (override) return existsSync(override) ? override : undefined
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

/** Runs a child with the terminal, passes on termination, and exits with the child's status. */
function runToExit(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: projectDir, ...options })
  // Ctrl+C reaches the child directly (same process group); wait for it to shut down cleanly.
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  child.on('error', (error) => {
    console.error(`Could not run ${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function startDesktopApp() {
  const electronVite = join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  // `preview` builds, then starts Electron on the build; ELECTRON_CLI_ARGS carries e.g. --data-dir to the app.
  runToExit(process.execPath, [electronVite, 'preview'], {
    env: { ...process.env, ELECTRON_CLI_ARGS: JSON.stringify(userArgs) },
  })
}

function startBrowserApp() {
  const webArgs = ['run', 'web', '--', '--open', ...userArgs]
  const npmCli = process.env.npm_execpath
  if (npmCli) runToExit(process.execPath, [npmCli, ...webArgs])
  else runToExit('npm', webArgs, { shell: process.platform === 'win32' })
}

async function askYesNo(question) {
  const readline = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = (await readline.question(question)).trim().toLowerCase()
    return answer === '' || answer === 'y' || answer === 'yes'
  } finally {
    readline.close()
  }
}

if (electronBinary()) {
  startDesktopApp()
} else {
  console.log(MISSING_BINARY)
  if (process.stdin.isTTY && (await askYesNo('Start the browser app instead? [Y/n] '))) {
    startBrowserApp()
  } else {
    if (!process.stdin.isTTY) console.log(`To start the browser app, run: ${browserCommand}`)
    process.exitCode = 1
  }
}
