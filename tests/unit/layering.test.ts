import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative, sep } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The layering rules must actually bite: each case is an import a layer may not make. */
const eslint = new ESLint()

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layering lint', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFile } from 'node:fs'\nexport const x = readFile"],
    ['shared/domain/x.ts', "import { app } from 'electron'\nexport const x = app"],
    ['shared/domain/x.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['shared/domain/x.ts', "import { openHost } from '../../electron/host/service'\nexport const x = openHost"],
    ['renderer/x.ts', "import { join } from 'path'\nexport const x = join"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer"],
    ['renderer/x.ts', "import { openHost } from '../electron/host/service'\nexport const x = openHost"],
    ['electron/host/x.ts', "import { app } from 'electron'\nexport const x = app"],
    ['electron/web/x.ts', "import Store from 'electron-store'\nexport const x = Store"],
    ['electron/host/x.ts', "import { App } from '../../renderer/App'\nexport const x = App"],
    ['electron/host/notes/x.ts', "import { openHost } from '../service'\nexport const x = openHost"],
    ['electron/host/backup/x.ts', "import { hostApi } from '../host-api'\nexport const x = hostApi"],
    ['electron/host/storage/x.ts', "import { NotesStore } from '../notes/notes-store'\nexport const x = NotesStore"],
    ['electron/host/storage/x.ts', "import { app } from 'electron'\nexport const x = app"],
    ['renderer/ui/x.ts', "import { useServices } from '../services/services'\nexport const x = useServices"],
    ['renderer/services/x.ts', "import { Board } from '../board/Board'\nexport const x = Board"],
    ['renderer/services/x.ts', "import { NotesPane } from '../notes/NotesPane'\nexport const x = NotesPane"],
    ['renderer/board/x.ts', "import { runCommand } from '../commands/registry'\nexport const x = runCommand"],
    ['renderer/today/x.ts', "import { Workbench } from '../workbench/Workbench'\nexport const x = Workbench"],
    ['renderer/commands/x.ts', "import { Workbench } from '../workbench/Workbench'\nexport const x = Workbench"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([])
  })

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod'\nexport const x = z"],
    ['renderer/x.ts', "import { contract } from '../shared/api/contract'\nexport const x = contract"],
    ['electron/host/x.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile"],
    ['electron/main/x.ts', "import { app } from 'electron'\nexport const x = app"],
    ['electron/host/backup/x.ts', "import { NotesStore } from '../notes/notes-store'\nexport const x = NotesStore"],
    ['renderer/board/x.ts', "import { useServices } from '../services/services'\nexport const x = useServices"],
    ['renderer/services/x.ts', "import { summary } from '../../shared/notes/summary'\nexport const x = summary"],
    ['renderer/workbench/x.ts', "import { runCommand } from '../commands/registry'\nexport const x = runCommand"],
    ['renderer/interview/x.ts', "import { NotesPane } from '../notes/NotesPane'\nexport const x = NotesPane"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([])
  })
})

/** Which renderer folders import which (tests aside), from the import lines of every file. */
function rendererFolderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  const folderOf = (path: string) => relative('renderer', path).split(sep)[0]!
  const files = (readdirSync('renderer', { recursive: true }) as string[])
    .filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))
    .map((name) => join('renderer', name))
  for (const file of files) {
    for (const [, fromSpec, importSpec] of readFileSync(file, 'utf8').matchAll(
      /from '(\.[^']+)'|import\('(\.[^']+)'\)/g,
    )) {
      const target = normalize(join(dirname(file), (fromSpec ?? importSpec)!))
      if (!target.startsWith(`renderer${sep}`) || !relative('renderer', target).includes(sep)) continue
      const [from, to] = [folderOf(file), folderOf(target)]
      if (from === to || !relative('renderer', file).includes(sep)) continue
      graph.set(from, (graph.get(from) ?? new Set()).add(to))
    }
  }
  return graph
}

/** Folders on a circle of imports, each circle as the path that closes it. */
function circles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = []
  const visit = (path: string[]) => {
    for (const next of graph.get(path.at(-1)!) ?? []) {
      if (next === path[0]) found.push([...path, next])
      else if (!path.includes(next) && next > path[0]!) visit([...path, next])
    }
  }
  for (const start of graph.keys()) visit([start])
  return found
}

describe('renderer folders', () => {
  it('import one another in one direction only: no folder imports one that imports it back', () => {
    const graph = rendererFolderGraph()
    expect(graph.get('workbench')?.has('board')).toBe(true)
    expect(circles(graph)).toEqual([])
  })

  it('would see a circle', () => {
    const graph = new Map([
      ['board', new Set(['services'])],
      ['services', new Set(['board'])],
    ])
    expect(circles(graph)).toEqual([['board', 'services', 'board']])
  })
})
