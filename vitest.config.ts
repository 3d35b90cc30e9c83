import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: unit tests beside the code in each package, the
// integration and fuzz suites of tests/, then the end-to-end suite on its own.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'server',
      'client',
      'tests/vitest.config.ts',
      'tests/vitest.e2e.config.ts',
    ],
  },
});
