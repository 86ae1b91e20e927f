import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from './shared/security'

/** Writes the one Content-Security-Policy (shared/security.ts) into the page, first in <head>. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'debrief:content-security-policy',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Every module the page's entry imports statically, however deep, goes into one chunk with it: left to
 * itself the bundler split them into seven chunks by which lazy chunks share them, eight requests for a
 * browser that opens six connections to the host. One request instead (and the bundler's 0.7 KB
 * runtime): cold loads at 10,000, six rounds of five, first card 620 → 603 ms (median), and the
 * startup chunk's compile and evaluation 49.7 → 43.3 ms of CPU (npm run bench, board).
 */
/** What the bundler tells a chunk-naming function of a module (rolldown's ChunkingContext). */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null
}

function startupChunk(id: string, ctx: ModuleGraph): string | null {
  const seen = new Set<string>()
  const waiting = [id]
  while (waiting.length > 0) {
    const info = ctx.getModuleInfo(waiting.pop()!)
    if (!info) continue
    if (info.isEntry) return 'startup'
    for (const importer of info.importers) {
      if (seen.has(importer)) continue
      seen.add(importer)
      waiting.push(importer)
    }
  }
  return null
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'serve-web': resolve('electron/web/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: it must be one CommonJS file with its dependencies inside.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      // electron-vite leaves bundles unminified; the renderer's parse time is part of the board's first paint.
      minify: true,
      rolldownOptions: {
        input: resolve('renderer/index.html'),
        output: { codeSplitting: { groups: [{ name: startupChunk }] } },
      },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
})
