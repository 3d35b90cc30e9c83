import { defineProject } from 'vitest/config';

// End-to-end in Chromium: after every other project has finished, one file at a time, so two
// browsers and a server never fight the rest of the suite for this machine's two cores.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { groupOrder: 1 },
    maxWorkers: 1,
    fileParallelism: false,
  },
});
