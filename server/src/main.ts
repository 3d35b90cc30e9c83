/** `pnpm start`: Orderlane on PORT with SQLite in DATA_DIR; `--demo` seeds a fresh data dir. */
import { startOrderlaneServer } from './app';
import { readConfig } from './config';
import { createLogger, type Logger } from './logger';
import { SqliteStorage } from './persistence/SqliteStorage';
import type { Storage } from './persistence/Storage';

interface DemoAccount {
  name: string;
  email: string;
  password: string;
  role: string;
}
type SeedDemo = (
  storage: Storage,
  options: { now: number; random: () => number },
) => Promise<{ accounts: DemoAccount[] }>;

async function seedDemo(
  storage: SqliteStorage,
  logger: Logger,
): Promise<DemoAccount[] | undefined> {
  // The demo never writes into a data dir someone already uses.
  if (storage.boards.count() > 0) {
    logger.info('demo requested but the data directory already has data: not seeding');
    return undefined;
  }
  let seed: SeedDemo;
  try {
    // The demo module is optional: a build without it still starts.
    const demoModule = './demo/seedDemo';
    ({ seedDemoWorkspace: seed } = (await import(demoModule)) as { seedDemoWorkspace: SeedDemo });
  } catch (err) {
    logger.warn({ err }, 'demo seeding is not available');
    return undefined;
  }
  const { accounts } = await seed(storage, { now: Date.now(), random: Math.random });
  return accounts;
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const storage = SqliteStorage.open(config.dataDir);
  const demoAccounts = config.demo ? await seedDemo(storage, logger) : undefined;
  const server = await startOrderlaneServer({
    storage,
    port: config.port,
    host: '0.0.0.0',
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    tunables: config.tunables,
    ...(config.publicOrigin ? { publicOrigin: config.publicOrigin } : {}),
    logger,
  });
  logger.info({ port: server.port, dataDir: config.dataDir }, 'listening');
  const lines = [`Orderlane is running at http://localhost:${server.port}`];
  if (demoAccounts?.length) {
    lines.push('', 'Demo sign-ins:');
    for (const a of demoAccounts) lines.push(`  ${a.email}  ${a.password}  (${a.name}, ${a.role})`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Orderlane failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exit(1);
});
