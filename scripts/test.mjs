// `npm test`: the whole suite — types, lint, formatting, unit, integration, fuzz, end-to-end.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureClientBuilt, ensureInstalled, pnpm, root, run } from './workspace.mjs';

ensureInstalled();
console.log('\n▶ types');
pnpm(['-r', 'typecheck']);
console.log('\n▶ lint');
run('node_modules/.bin/eslint', ['.', '--max-warnings=0']);
run('node', ['scripts/checkCycles.mjs']);
run('node_modules/.bin/prettier', ['--check', '.', '--log-level', 'warn']);
console.log('\n▶ build (the end-to-end tests use the built client)');
ensureClientBuilt();
console.log('\n▶ tests');
const reportDir = join(root, 'tests', '.tmp');
const report = join(reportDir, 'vitest-report.json');
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });
const status = run(
  'node_modules/.bin/vitest',
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { allowFailure: true },
);
// One plain closing line, whatever the reporter above printed.
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(
    `\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(status ?? 1);
