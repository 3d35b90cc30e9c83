// Helpers for the root scripts: find or fetch pnpm, install once, run commands loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '12.21.0';

// better-sqlite3 compiles at install; node-gyp finds Node's headers through this on machines
// without internet. `npm run` passes the user's npm config along; `pnpm` alone does not.
if (!process.env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
  process.env.npm_config_nodedir = '/usr';
}

function hasPnpm() {
  return (
    spawnSync('pnpm', ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' })
      .status === 0
  );
}

export function pnpm(args, options = {}) {
  const [cmd, pre] = hasPnpm() ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
  return run(cmd, [...pre, ...args], options);
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    ...options,
  });
  if (result.status !== 0 && !options.allowFailure) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  return result.status;
}

export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (
    existsSync(marker) &&
    (!existsSync(lock) || statSync(lock).mtimeMs <= statSync(marker).mtimeMs)
  )
    return;
  console.log('Installing dependencies (the first time takes a few minutes: SQLite compiles)…');
  pnpm(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the client when its bundle is missing or older than its sources or shared/. */
export function ensureClientBuilt({ force = false } = {}) {
  const index = join(root, 'client', 'dist', 'index.html');
  const stale =
    force ||
    !existsSync(index) ||
    Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'shared', 'src'))) >
      statSync(index).mtimeMs;
  if (!stale) return;
  console.log('Building the web client…');
  pnpm(['--filter', '@orderlane/client', 'build']);
}
