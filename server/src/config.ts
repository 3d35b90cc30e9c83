/** Configuration from the environment and argv, read once at start. */
import path from 'node:path';
import { parsePublicOrigin } from './publicOrigin';

/**
 * The server's tunables (ORDERLANE_*): for tests and benchmarks that need a room to unload
 * sooner or a budget lifted; unset, each part uses its own default, which suits production.
 */
export interface ServerTunables {
  /** ORDERLANE_ROOM_UNLOAD_MS: how long an empty room stays loaded (RoomRegistry: 8 s). */
  roomUnloadMs?: number;
  /** ORDERLANE_COMPACT_AFTER_UPDATES: log entries after which a room compacts (500). */
  compactAfterUpdates?: number;
  /** ORDERLANE_MAX_SEND_BUFFER_BYTES: a Yjs socket that never reads is cut past this. */
  maxSendBufferBytes?: number;
  /** ORDERLANE_YJS_BURST_BYTES: the burst of the Yjs inbound budget (YJS_INBOUND_BUDGET). */
  yjsBurstBytes?: number;
  /** ORDERLANE_CONNECTION_BURST: the burst of the connection budget (CONNECTION_BUDGET). */
  connectionBurst?: number;
  /** ORDERLANE_MAX_OPEN_CONNECTIONS: open sockets per member (CONNECTION_BUDGET). */
  maxOpenConnections?: number;
}

const TUNABLE_VARIABLES: Record<keyof ServerTunables, string> = {
  roomUnloadMs: 'ORDERLANE_ROOM_UNLOAD_MS',
  compactAfterUpdates: 'ORDERLANE_COMPACT_AFTER_UPDATES',
  maxSendBufferBytes: 'ORDERLANE_MAX_SEND_BUFFER_BYTES',
  yjsBurstBytes: 'ORDERLANE_YJS_BURST_BYTES',
  connectionBurst: 'ORDERLANE_CONNECTION_BURST',
  maxOpenConnections: 'ORDERLANE_MAX_OPEN_CONNECTIONS',
};

export interface Config {
  port: number;
  /** Absolute. */
  dataDir: string;
  allowedOrigins: string[];
  logLevel: string;
  demo: boolean;
  /** Behind a reverse proxy (TRUST_PROXY=1): honour X-Forwarded-Proto/-For from it. */
  trustProxy: boolean;
  /** PUBLIC_ORIGIN: where people reach Orderlane; unset: http://localhost:PORT. */
  publicOrigin?: string;
  tunables: ServerTunables;
}

/** The ORDERLANE_* tunables that are set; a value that is not a number ≥ 0 is left unset. */
export function readTunables(env: NodeJS.ProcessEnv = process.env): ServerTunables {
  const tunables: ServerTunables = {};
  for (const [key, name] of Object.entries(TUNABLE_VARIABLES) as [keyof ServerTunables, string][]) {
    const raw = env[name];
    const value = Number(raw);
    if (raw && Number.isFinite(value) && value >= 0) tunables[key] = value;
  }
  return tunables;
}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
  cwd: string = process.cwd(),
): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL || 'info',
    demo: env.DEMO === '1' || env.DEMO === 'true' || argv.includes('--demo'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    ...(env.PUBLIC_ORIGIN ? { publicOrigin: parsePublicOrigin(env.PUBLIC_ORIGIN) } : {}),
    tunables: readTunables(env),
  };
}
