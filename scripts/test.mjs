// `npm test`: the whole suite — types, lint, formatting, unit, integration, fuzz, end-to-end.
import { ensureClientBuilt, ensureInstalled, pnpm, run } from './workspace.mjs';

ensureInstalled();
console.log('\n▶ types');
pnpm(['-r', 'typecheck']);
console.log('\n▶ lint');
run('node_modules/.bin/eslint', ['.', '--max-warnings=0']);
run('node_modules/.bin/prettier', ['--check', '.', '--log-level', 'warn']);
console.log('\n▶ build (the end-to-end tests use the built client)');
ensureClientBuilt();
console.log('\n▶ tests');
run('node_modules/.bin/vitest', ['run', ...process.argv.slice(2)]);
