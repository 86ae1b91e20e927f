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
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
})
