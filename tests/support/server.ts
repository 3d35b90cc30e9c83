/** A real Orderlane server on a free loopback port, one per test file (or per test). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createLogger,
  MemoryStorage,
  readTunables,
  SqliteStorage,
  startOrderlaneServer,
  type OrderlaneServer,
  type ServerTunables,
  type Storage,
} from '@orderlane/server';
import { afterAll, beforeAll } from 'vitest';

export interface TestServerOptions {
  storage?: Storage;
  /** Use SqliteStorage in this directory (ignored when `storage` is given). */
  sqliteDir?: string;
  clientDist?: string | null;
  allowedOrigins?: string[];
  /** Login/register attempts per minute; high by default so tests can register many accounts. */
  authAttemptsPerMinute?: number;
  now?: () => number;
  /** The server's PUBLIC_ORIGIN (base of invitation links). */
  publicOrigin?: string;
  /**
   * scrypt's log2(N): TEST_SCRYPT_LOG2N by default so suites that register hundreds of accounts
   * stay quick; `null` runs the server's own default (2^17), as production does.
   */
  scryptLog2N?: number | null;
  /**
   * Room unloading, compaction, realtime budgets: over the ORDERLANE_* variables of this
   * process, which a test may set before it starts its server.
   */
  tunables?: ServerTunables;
  /** Default 0 (a free port); a restart passes the port it had, as a deploy keeps its address. */
  port?: number;
  /** The Yjs protocol the server speaks (default PROTOCOL_VERSION): a deploy of a newer one. */
  protocolVersion?: number;
}

/** 2^12 costs a few milliseconds a hash where the production 2^17 costs a few hundred. */
export const TEST_SCRYPT_LOG2N = 12;

export type TestServer = OrderlaneServer & { origin: string };

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const storage =
    options.storage ??
    (options.sqliteDir !== undefined ? SqliteStorage.open(options.sqliteDir) : new MemoryStorage());
  const server = await startOrderlaneServer({
    storage,
    port: options.port ?? 0,
    host: '127.0.0.1',
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    authAttemptsPerMinute: options.authAttemptsPerMinute ?? 10_000,
    tunables: { ...readTunables(process.env), ...options.tunables },
    ...(options.clientDist !== undefined ? { clientDist: options.clientDist } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
    ...(options.protocolVersion !== undefined ? { protocolVersion: options.protocolVersion } : {}),
    ...(options.scryptLog2N === null
      ? {}
      : { scryptLog2N: options.scryptLog2N ?? TEST_SCRYPT_LOG2N }),
  });
  return { ...server, origin: server.url };
}

/**
 * A server started before the file's first test and closed after its last. It stands wherever
 * a server's address or storage is asked for (`url`, `origin`, `storage`: read when used);
 * `started()` is the server itself.
 */
export function serverPerFile(options: TestServerOptions = {}): {
  url: string;
  origin: string;
  storage: Storage;
  started(): TestServer;
} {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = () => {
    if (!server) throw new Error('the server of this file is not started yet');
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    get origin() {
      return started().origin;
    },
    get storage() {
      return started().storage;
    },
    started,
  };
}

/**
 * A server on SQLite in a temporary directory of its own, for a test that restarts it:
 * `restart()` closes the running server and starts another on the same data; `close()` closes
 * whichever runs and removes the data.
 */
export async function restartableServer(
  dirPrefix: string,
  options: Omit<TestServerOptions, 'sqliteDir' | 'storage'> = {},
) {
  const data = tempDir(dirPrefix);
  const start = () => startTestServer({ ...options, sqliteDir: data.dir });
  let running: TestServer | undefined = await start();
  return {
    first: running,
    async restart(): Promise<TestServer> {
      await running?.close();
      running = undefined;
      running = await start();
      return running;
    },
    async close(): Promise<void> {
      await running?.close();
      running = undefined;
      data.remove();
    },
  };
}

/** A fresh temporary directory under the OS temp dir; `remove()` deletes it. */
export function tempDir(prefix = 'orderlane-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
