/**
 * `pnpm bench [names…]`: runs every `tests/bench/*.bench.ts` (or only the named ones, e.g.
 * `serverSync`) one after the other; each prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

// Every y-websocket provider adds a process 'exit' listener; benchmarks open hundreds.
process.setMaxListeners(0);

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).map((name) => name.replace(/\.bench\.ts$/, ''));
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.ts$/, '')))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ') || '*'}`);
  process.exit(1);
}
for (const file of benches) {
  console.log(`\n## ${file}`);
  const module = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default?: () => Promise<void> | void;
  };
  if (typeof module.default !== 'function') {
    console.error(`${file} has no default export to run`);
    process.exitCode = 1;
    continue;
  }
  await module.default();
}
// Benchmarks leave sockets and timers behind; do not wait for them.
process.exit(process.exitCode ?? 0);
