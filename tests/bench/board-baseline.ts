import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import type { Plugin } from 'vite'
import type { Interview } from '../../shared/domain/interview'
import { STAGES } from '../../shared/domain/stages'

/**
 * The baseline for the board benchmark: react-trello (React 16) in its own small app, with its own
 * node_modules, installed and built here at bench time so it never enters Debrief's dependencies.
 */
const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), 'board-app')

/**
 * react-trello's drag library slides the dropped card into place for at least 150 ms before it lets
 * react-trello move it, and react-trello offers no way to turn that off. The benchmark times the
 * work of a move, not an animation, so the library's own switch for it (shouldAnimateDrop) is set.
 */
const noDropAnimation: Plugin = {
  name: 'bench:react-trello-without-drop-animation',
  transform(code, id) {
    if (!id.includes('trello-smooth-dnd')) return null
    const defaults = 'shouldAnimateDrop:null'
    if (!code.includes(defaults)) throw new Error('trello-smooth-dnd changed: its drop animation default was not found')
    return code.replace(defaults, 'shouldAnimateDrop:function(){return!1}')
  },
}

export async function buildBaseline(): Promise<string> {
  if (!existsSync(join(APP_DIR, 'node_modules', 'react-trello'))) {
    execFileSync('npm', ['install', '--prefix', APP_DIR, '--no-audit', '--no-fund', '--no-package-lock'], {
      stdio: 'inherit',
    })
  }
  const outDir = await mkdtemp(join(tmpdir(), 'debrief-bench-trello-'))
  const { build } = await import('vite')
  await build({
    root: APP_DIR,
    configFile: false,
    logLevel: 'warn',
    // react-trello reads this to decide on a logger; a browser has no `process`.
    define: { 'process.env.REDUX_LOGGING': 'false' },
    build: { outDir, emptyOutDir: true },
    plugins: [noDropAnimation],
  })
  return outDir
}

/** The same interviews as react-trello's lanes: one lane per stage, a card per interview. */
function lanesOf(interviews: Interview[]) {
  return {
    lanes: STAGES.map((stage) => ({
      id: stage.id,
      title: stage.label,
      cards: interviews
        .filter((interview) => interview.stage === stage.id)
        .map((interview) => ({
          id: interview.id,
          title: interview.company,
          description: `${interview.role}, round ${interview.round}`,
          label: `${interview.date} ${interview.time}`,
        })),
    })),
  }
}

export interface BaselineServer {
  url: string
  close(): Promise<void>
}

export async function serveBaseline(distDir: string, interviews: Interview[]): Promise<BaselineServer> {
  const data = JSON.stringify(lanesOf(interviews))
  const files = sirv(distDir, { dev: false, etag: false })
  const server = createServer((request, response) => {
    if (request.url === '/data.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(data)
    } else files(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
