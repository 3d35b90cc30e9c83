import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: unit tests beside the code in each package, and the
// integration, fuzz and end-to-end suites of tests/.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client', 'tests'],
  },
});
