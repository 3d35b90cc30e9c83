/**
 * socket.io on the shared http.Server, for what is about people rather than the document
 * (presence, boards' server events, meetings). The handshake checks the Origin and the session
 * cookie like the Yjs endpoint; each socket joins `workspace:<id>` and `user:<id>`.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { SOCKET_IO_PATH } from '@orderlane/shared';
import type { Authenticate, OriginCheck } from '../auth/AuthContext';
import { userRoom, workspaceRoom, type ServerSocket, type SocketServer } from './socketTypes';
import type { SessionSockets } from './SessionSockets';
import type { UpgradeHandler } from './upgradeRoutes';
import { TokenBuckets } from '../limits/TokenBuckets';
import type { ConnectionBudget } from './ConnectionBudget';
import { limitSocketEvents, SOCKET_EVENT_LIMIT } from './socketRateLimit';
import { attachWorkspacePresence } from './workspacePresence';

export interface SocketServerOptions {
  httpServer: http.Server;
  logger: Logger;
  authenticate: Authenticate;
  isAllowedOrigin: OriginCheck;
  /** Where this layer registers each socket so signing out can end it. */
  sessions?: SessionSockets;
  /** How many sockets each member may open (shared with the Yjs endpoint). */
  connections?: ConnectionBudget;
}

export function attachSocketServer(options: SocketServerOptions): {
  io: SocketServer;
  /** Whether an upgrade of this path is socket.io's (`/socket.io/…`, as engine.io matches it). */
  serves(pathname: string): boolean;
  /** Hands an upgrade of socket.io's path to its engine. */
  handleUpgrade: UpgradeHandler;
  close(): Promise<void>;
} {
  const { logger } = options;
  const events = new TokenBuckets(SOCKET_EVENT_LIMIT);
  const upgradeListeners = new Set(options.httpServer.listeners('upgrade'));
  const io: SocketServer = new Server(options.httpServer, {
    path: SOCKET_IO_PATH,
    serveClient: false,
    // Leave other upgrades alone: the upgrade dispatcher owns them (see below).
    destroyUpgrade: false,
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => callback(null, options.isAllowedOrigin(req)),
    // Recovered sessions still pass the auth middleware: a revoked session must not come back.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });
  // engine.io adds an `upgrade` listener of its own that ignores every other path (and would
  // leave those sockets open): take it off, the app's upgrade dispatcher hands us our path.
  for (const listener of options.httpServer.listeners('upgrade'))
    if (!upgradeListeners.has(listener))
      options.httpServer.off('upgrade', listener as (...args: unknown[]) => void);

  io.use((socket, next) => {
    if (!options.isAllowedOrigin(socket.request)) return next(new Error('bad_origin'));
    options.authenticate(socket.request).then(
      (auth) => {
        if (!auth) return next(new Error('unauthenticated'));
        if (options.connections?.opened(auth.userId)) return next(new Error('rate_limited'));
        socket.data.auth = auth;
        socket.once('disconnect', () => options.connections?.closed(auth.userId));
        next();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'socket.io auth failed');
        next(new Error('internal'));
      },
    );
  });

  io.on('connection', (socket: ServerSocket) => {
    const { auth } = socket.data;
    // Before any handler runs: every event of this socket counts against its budget.
    limitSocketEvents(socket, events, logger);
    void socket.join([workspaceRoom(auth.workspaceId), userRoom(auth.userId)]);
    const forgetSession = options.sessions?.add(auth, {
      close: () => socket.disconnect(true),
      // Handlers read socket.data.auth per event: the new access applies to the next one.
      memberChanged: (change) => {
        socket.data.auth = { ...socket.data.auth, ...change };
      },
    });
    socket.on('disconnect', () => forgetSession?.());
  });
  attachWorkspacePresence(io);

  return {
    io,
    serves: (pathname) => pathname.startsWith(`${SOCKET_IO_PATH}/`),
    handleUpgrade: (req, socket, head) => io.engine.handleUpgrade(req, socket, head),
    async close() {
      // Not io.close(): that would also close the shared http.Server, which is the app's to close.
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => {
        io.engine.close();
        resolve();
      });
    },
  };
}
