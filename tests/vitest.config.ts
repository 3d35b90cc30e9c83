import { defineProject } from 'vitest/config';

// Integration and fuzz: real servers on free ports, run in parallel with the unit tests.
export default defineProject({
  test: {
    name: 'tests',
    include: ['integration/**/*.test.ts', 'fuzz/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
