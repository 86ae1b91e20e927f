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
  {
    files: ['electron/host/**/*.ts', 'electron/web/**/*.ts'],
    rules: restrict({ patterns: [noElectron, noReact, noRenderer] }),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict({ patterns: [noReact, noRenderer] }),
  },
)
