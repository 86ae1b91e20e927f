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
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([])
  })

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod'\nexport const x = z"],
    ['renderer/x.ts', "import { contract } from '../shared/api/contract'\nexport const x = contract"],
    ['electron/host/x.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile"],
    ['electron/main/x.ts', "import { app } from 'electron'\nexport const x = app"],
    ['electron/host/backup/x.ts', "import { NotesStore } from '../notes/notes-store'\nexport const x = NotesStore"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([])
  })
})
