import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'renderer/**/*.test.ts'],
          environment: 'node',
          // A safety net, not a speed limit: a test that runs 600 changes through a real host took 6.6 s
          // beside the browser tests on two cores, past vitest's 5 s.
          testTimeout: 20_000,
          // Two files at a time on two cores, where vitest's default (cores - 1) runs one: the unit
          // files took 205 s one by one in CI (140 s of tests, 65 s of imports), before the browser files.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, after the unit files: a browser test mostly waits (for its host, the
          // page, a reminder), so two share the two cores well. One at a time the e2e files took 530 s
          // in CI, two at a time 452 s here.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each case starts its own Electron; two cores run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
})
