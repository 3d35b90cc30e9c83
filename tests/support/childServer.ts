/**
 * A real Orderlane server in a process of its own, for tests that kill it (`kill -9`):
 *   node --import tsx tests/support/childServer.ts <dataDir>
 * prints one JSON line `{"url": "http://127.0.0.1:PORT"}` on stdout once it listens.
 * `startChildServer` spawns it and waits for that line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every child still running: killed when this process exits, so none outlives a crash. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Kills every child server still running (benchmarks call this in `finally`). */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

export interface ChildServer {
  url: string;
  origin: string;
  process: ChildProcess;
  /** SIGKILL, no goodbye: resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the server flushes and exits. */
  stop(): Promise<void>;
}

export function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  return spawnUrlPrinter('tests/support/childServer.ts', [dataDir], env);
}

/** Spawns a TypeScript script (path from the repo root) that prints `{"url"}` when it listens. */
export async function spawnUrlPrinter(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [
      // e.g. CHILD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
      ...(process.env.CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(REPO_ROOT, script),
      ...args,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    // The child's own logs (TEST_LOG_LEVEL) after the first line go to our stderr.
    lines.on('line', (line) => {
      if (!line.startsWith('{"url"')) process.stderr.write(`${line}\n`);
    });
    lines.once('line', (line) => {
      try {
        resolve((JSON.parse(line) as { url: string }).url);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.once('exit', (code) => reject(new Error(`child server exited early (${code})`)));
  });
  return {
    url,
    origin: url,
    process: child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(dataDir: string): Promise<void> {
  const { createLogger, MemoryStorage, readTunables, SqliteStorage, startOrderlaneServer } =
    await import('@orderlane/server');
  // CHILD_STORAGE=memory: the same server without a disk (to see what fsync costs).
  const storage =
    process.env.CHILD_STORAGE === 'memory' ? new MemoryStorage() : SqliteStorage.open(dataDir);
  const server = await startOrderlaneServer({
    storage,
    port: 0,
    host: '127.0.0.1',
    clientDist: null,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    // The ORDERLANE_* variables the parent set (startChildServer's `env`).
    tunables: readTunables(process.env),
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  // A graceful stop (flush, then exit) when asked politely; tests use SIGKILL.
  process.once('SIGTERM', () => {
    void server.close().finally(() => process.exit(0));
  });
}

const invokedDirectly = process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url;
if (invokedDirectly) {
  const dataDir = process.argv[2];
  if (!dataDir) {
    process.stderr.write('usage: childServer.ts <dataDir>\n');
    process.exit(2);
  }
  main(dataDir).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
