// `pnpm bench`: benchmarks that print figures (not part of the test run).
import { ensureClientBuilt, ensureInstalled, run } from './workspace.mjs';

ensureInstalled();
ensureClientBuilt();
const only = process.argv.slice(2);
run('node', ['--import', 'tsx', 'tests/bench/run.ts', ...only], {
  env: { ...process.env, NODE_ENV: 'production' },
});
