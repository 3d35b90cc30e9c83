/** Configuration from the environment and argv, read once at start. */
import path from 'node:path';
import { parsePublicOrigin } from './publicOrigin';

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
  };
}
