import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../shared/api/contract'
import { CONTENT_SECURITY_POLICY_META } from '../../../shared/security'

/**
 * Checks the built app as Electron will load it: the sandboxed preload can only `require('electron')`,
 * and the packaged app ships without devDependencies.
 */
const root = join(import.meta.dirname, '../../..')
const preloadBundle = join(root, 'out/preload/index.cjs')
const mainFolder = join(root, 'out/main')
const built = existsSync(preloadBundle) && existsSync(join(mainFolder, 'index.js'))

if (!built) console.log('build-output: skipped, run `npx electron-vite build` first')

/** Package names a module loads: static and dynamic imports, re-exports and require calls. */
function importedPackages(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!)
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('/'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )
}

function jsFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js') || name.endsWith('.mjs') || name.endsWith('.cjs'))
    .map((name) => join(folder, name))
}

describe('importedPackages', () => {
  it('finds every package a bundle loads, so the devDependency check can fail', () => {
    const sample = `import { z } from "zod"\nimport Store from 'electron-store'\nexport * from "@vitejs/plugin-react/x"\nconst t = await import("tinykeys")\nrequire('vite')\nimport './chunk.js'\nimport fs from 'node:fs'`
    expect(importedPackages(sample).sort()).toEqual(
      ['zod', 'electron-store', '@vitejs/plugin-react', 'tinykeys', 'vite'].sort(),
    )
  })
})

describe.skipIf(!built)('the built app', () => {
  it('has a CommonJS preload that requires only electron and exposes the contract', () => {
    const code = readFileSync(preloadBundle, 'utf8')
    const required: string[] = []
    const exposed: Record<string, unknown> = {}
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async () => undefined, on: () => {}, removeListener: () => {} },
    }
    const require = (name: string) => {
      required.push(name)
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
      return electron
    }
    const module = { exports: {} }
    // As Electron runs a sandboxed preload: a CommonJS function body. ESM syntax would not compile here.
    const run = runInNewContext(`(function (exports, require, module) {\n${code}\n})`, { console })
    run(module.exports, require, module)

    expect(new Set(required)).toEqual(new Set(['electron']))
    const bridge = exposed.debrief as Record<string, unknown>
    expect(Object.keys(bridge).sort()).toEqual(
      [...METHOD_NAMES, 'onCommand', 'onEvent', 'onOpenInterview', 'printLetterToPdf', 'signalFirstPaint'].sort(),
    )
  })

  it('validates nothing in the preload: no zod in its bundle (the host checks every call at the door)', () => {
    const code = readFileSync(preloadBundle, 'utf8')
    // zod's error class, which every schema brings with it.
    expect(code).not.toContain('ZodError')
  })

  it('loads no devDependency from the main process, which ships without them', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    // Electron itself is a devDependency only so electron-builder can find its version; the runtime provides it.
    const devOnly = new Set(Object.keys(packageJson.devDependencies).filter((name) => name !== 'electron'))
    const offending = jsFiles(mainFolder).flatMap((file) =>
      importedPackages(readFileSync(file, 'utf8'))
        .filter((name) => devOnly.has(name))
        .map((name) => `${file.slice(root.length + 1)} loads ${name}`),
    )
    expect(offending).toEqual([])
  })
})

describe.skipIf(!existsSync(join(root, 'out/renderer/index.html')))('the built page', () => {
  it('declares the one Content-Security-Policy before anything loads', () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY_META)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })

  it('starts with the board alone: no zod and no command palette among the scripts loaded before the first paint', () => {
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8')
    const startup = [
      ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g),
    ]
    const files = startup.map((match) => match[1]!)
    expect(files.some((file) => /^assets\/index-.*\.js$/.test(file))).toBe(true)
    const code = files.map((file) => readFileSync(join(root, 'out/renderer', file), 'utf8')).join('\n')
    // What each library cannot do without: zod's error class, cmdk's item attribute.
    expect(code).not.toContain('ZodError')
    expect(code).not.toContain('cmdk-item')
    // One request for the board's code (and the bundler's runtime), not one per chunk the lazy screens share.
    expect(files).toHaveLength(2)
  })
})
