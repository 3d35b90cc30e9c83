// `npm start` / `pnpm start [--demo]`: install if needed, build the client if needed, serve.
import { ensureClientBuilt, ensureInstalled, run } from './workspace.mjs';

ensureInstalled();
ensureClientBuilt();
run('node', ['--import', 'tsx', 'server/src/main.ts', ...process.argv.slice(2)]);
