// @ts-check
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

/** Layering (DESIGN.md): code is split by where it runs, and nothing imports upward. */
function restrict({ node = false, patterns }) {
  const paths = node
    ? nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: no Node built-ins.' }))
    : []
  return { 'no-restricted-imports': ['error', { paths, patterns }] }
}
const noElectron = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only electron/main and electron/preload may import Electron.',
}
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'React belongs to renderer/ only.' }
const noRenderer = { group: ['**/renderer/**', '**/renderer'], message: 'The host never imports the renderer.' }
const noHost = { group: ['**/electron/**', '**/electron'], message: 'This layer may not import the host.' }
/** The host's concerns are wired by service.ts and host-service.ts and never call back into them (electron/host/README.md). */
const noServiceCallback = {
  group: ['**/service', '**/host-service', '**/host-api'],
  message:
    'A host concern never calls back into service.ts, host-service.ts or host-api.ts; take what it needs as a parameter.',
}
/** Storage is the bottom of the host: durable files know nothing of what they hold beyond the interview state. */
const storageStaysLow = {
  group: ['../notes/**', '../follow-ups/**', '../backup/**', '../settings/**', '../calendar/**'],
  message: 'storage/ sits below the other host concerns and may not import them.',
}
const hostConcerns = ['storage', 'interviews', 'notes', 'follow-ups', 'backup', 'settings', 'calendar']

/**
 * The renderer's layers, lowest first: shared widgets and formatting, the window's
 * services (host data, board and notes state), the features, the command
 * registry, the workbench. A folder imports only from its own layer or below; features do not import
 * one another in a circle (tests/unit/layering.test.ts checks the folder graph).
 */
const rendererLayers = [
  ['ui', 'format', 'transport'],
  ['services'],
  ['board', 'notes', 'today', 'interview', 'messages', 'search', 'settings', 'insights'],
  ['commands'],
  ['workbench'],
]
function rendererLayer(index) {
  const above = rendererLayers.slice(index + 1).flat()
  return {
    files: rendererLayers[index].map((folder) => `renderer/${folder}/**/*.{ts,tsx}`),
    rules: restrict({
      node: true,
      patterns: [
        noElectron,
        noHost,
        {
          regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
          message: `renderer/ layers, lowest first: ${rendererLayers.map((layer) => layer.join(', ')).join(' < ')}; nothing imports a higher layer.`,
        },
      ],
    }),
  }
}

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', 'tests/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict({ node: true, patterns: [noElectron, noReact, noRenderer, noHost] }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict({ node: true, patterns: [noElectron, noHost] }) },
  },
  ...rendererLayers.slice(0, -1).map((_, index) => rendererLayer(index)),
  {
    files: ['electron/host/**/*.ts', 'electron/web/**/*.ts'],
    rules: restrict({ patterns: [noElectron, noReact, noRenderer] }),
  },
  {
    files: hostConcerns.map((folder) => `electron/host/${folder}/**/*.ts`),
    rules: restrict({ patterns: [noElectron, noReact, noRenderer, noServiceCallback] }),
  },
  {
    files: ['electron/host/storage/**/*.ts'],
    rules: restrict({ patterns: [noElectron, noReact, noRenderer, noServiceCallback, storageStaysLow] }),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict({ patterns: [noReact, noRenderer] }),
  },
)
