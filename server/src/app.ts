/**
 * One Orderlane server, and its composition root: built in order storage → rooms → services →
 * realtime → HTTP, each part handed what it uses (nothing finds another through a module-level
 * singleton), so two servers in one process share nothing. The realtime layer (Yjs endpoint and
 * socket.io) and express (API + built client) share one http.Server and port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from './auth/AuthContext';
import { createAuthenticate } from './auth/authenticate';
import { createPasswordHasher, SCRYPT_LOG2N } from './auth/passwords';
import { attachCardActivity } from './activity/attachCardActivity';
import { attachBoardRowMirror } from './boards/attachBoardRowMirror';
import type { ServerTunables } from './config';
import type { ApiContext } from './http/ApiContext';
import { apiRouter } from './http/apiRouter';
import { errorHandler } from './http/errorHandler';
import { createOriginCheck } from './http/originCheck';
import { securityHeaders } from './http/securityHeaders';
import { staticClient } from './http/staticClient';
import { createWriteBudget } from './http/writeBudget';
import { createLogger } from './logger';
import { defaultPublicOrigin, parsePublicOrigin } from './publicOrigin';
import type { Storage } from './persistence/Storage';
import { attachRealtime } from './realtime/attachRealtime';
import { createRelayBus } from './bus/relayBus';
import { RoomRegistry } from './rooms/RoomRegistry';
import { createServices } from './services';

export interface OrderlaneServerOptions {
  storage: Storage;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Origins besides the server's own that may make state-changing requests. */
  allowedOrigins?: string[];
  /** The built client; null serves none. Default: client/dist of this repo, if built. */
  clientDist?: string | null;
  logger?: Logger;
  now?: () => number;
  /** Login and register attempts per client IP per minute (default 20). */
  authAttemptsPerMinute?: number;
  /**
   * One reverse proxy in front (TRUST_PROXY): its X-Forwarded-Proto makes the session cookie
   * Secure over https, its X-Forwarded-For keys the login rate limit. Off, both are ignored,
   * since anyone could send them.
   */
  trustProxy?: boolean;
  /**
   * Where people reach this server (PUBLIC_ORIGIN), for the links it hands out; also allowed as
   * an Origin. Default: `http://<host>:<port>` as listened on (`localhost` for all interfaces).
   */
  publicOrigin?: string;
  /**
   * scrypt's cost as log2(N), default SCRYPT_LOG2N (17). Only for test suites that register
   * hundreds of accounts: a lower cost makes weaker hashes, which the default rehashes at login.
   */
  scryptLog2N?: number;
  /**
   * Room unloading, compaction and the realtime budgets (config.ts `readTunables` reads them
   * from ORDERLANE_*); what is unset keeps its default. The server itself reads no environment.
   */
  tunables?: ServerTunables;
  /**
   * The Yjs protocol this server speaks; default PROTOCOL_VERSION (what its own client sends).
   * A test plays a deploy by restarting with another, so open tabs speak an older one.
   */
  protocolVersion?: number;
}

export interface OrderlaneServer {
  /** `http://127.0.0.1:PORT` (the host the server listens on). */
  url: string;
  port: number;
  httpServer: http.Server;
  storage: Storage;
  authenticate: Authenticate;
  /** Graceful: realtime first, then the rooms (flushed), then HTTP, then storage. */
  close(): Promise<void>;
}

const SESSION_SWEEP_MS = 60 * 60 * 1000;

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

export async function startOrderlaneServer(
  options: OrderlaneServerOptions,
): Promise<OrderlaneServer> {
  const { storage } = options;
  const logger = options.logger ?? createLogger();
  const now = options.now ?? Date.now;
  const authenticate = createAuthenticate(storage, now);
  const configuredOrigin =
    options.publicOrigin === undefined ? undefined : parsePublicOrigin(options.publicOrigin);
  const isAllowedOrigin = createOriginCheck([
    ...(options.allowedOrigins ?? []),
    ...(configuredOrigin ? [configuredOrigin] : []),
  ]);
  // Known once the server listens (port 0 picks one); no request arrives before that.
  let publicOrigin = configuredOrigin ?? '';

  const tunables = options.tunables ?? {};

  // 1. storage (given) → 2. rooms: the live board documents of this server.
  const rooms = new RoomRegistry({
    documents: storage.documents,
    logger: logger.child({ module: 'rooms' }),
    unloadAfterMs: tunables.roomUnloadMs,
    compactAfterUpdates: tunables.compactAfterUpdates,
  });

  // 3. services, emitting through a bus the realtime layer connects to socket.io.
  const bus = createRelayBus();
  const services = createServices({ storage, rooms, bus, now, logger });
  attachCardActivity(rooms, { cardActivity: services.cardActivity, now, logger });
  attachBoardRowMirror(rooms, { boards: storage.boards, logger });

  // 4. realtime on the http.Server the API will serve.
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ? 1 : false);
  app.use(securityHeaders);
  const httpServer = http.createServer(app);
  const realtime = attachRealtime({
    httpServer,
    storage,
    rooms,
    services,
    bus,
    logger,
    authenticate,
    isAllowedOrigin,
    now,
    tunables,
    protocolVersion: options.protocolVersion,
  });

  // 5. HTTP.
  const ctx: ApiContext = {
    storage,
    authenticate,
    logger,
    now,
    authAttemptsPerMinute: options.authAttemptsPerMinute ?? 20,
    passwords: createPasswordHasher(options.scryptLog2N ?? SCRYPT_LOG2N),
    publicOrigin: () => publicOrigin,
    bus,
    rooms,
    services,
    writeBudget: createWriteBudget(now),
    endSession: realtime.endSession,
    memberChanged: realtime.memberChanged,
  };
  app.use('/api', apiRouter(ctx, isAllowedOrigin));
  const clientDist = options.clientDist === undefined ? DEFAULT_CLIENT_DIST : options.clientDist;
  // An unbuilt client serves nothing (express refuses an empty handler list).
  const clientHandlers = clientDist ? staticClient(clientDist) : [];
  if (clientHandlers.length > 0) app.use(clientHandlers);
  app.use(errorHandler(logger));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  publicOrigin ||= defaultPublicOrigin(host, port);
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

  // Expired sessions are refused on sight; this only keeps the table from growing forever.
  const sessionSweep = setInterval(() => {
    storage.sessions
      .deleteExpired(now())
      .catch((err: unknown) => logger.warn({ err }, 'expired session sweep failed'));
  }, SESSION_SWEEP_MS);
  sessionSweep.unref();

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    closing ??= (async () => {
      clearInterval(sessionSweep);
      await realtime
        .close()
        .then(() => rooms.closeAll())
        .catch((err: unknown) => logger.error({ err }, 'realtime close failed'));
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await storage.close();
    })();
    return closing;
  }

  return { url: `http://${urlHost}:${port}`, port, httpServer, storage, authenticate, close };
}
