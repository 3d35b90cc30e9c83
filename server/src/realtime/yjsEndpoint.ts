/**
 * The y-websocket endpoint `/yjs/:boardId` on the shared http.Server: origin, session and board
 * membership are checked on the upgrade request, before a single byte of the document is sent;
 * then the socket is handed to the board's room. The upgrade dispatcher (upgradeRoutes.ts) hands
 * it the upgrades of its path.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  canWrite,
  CLOSE,
  ID_PATTERN,
  MAX_YJS_MESSAGE_BYTES,
  PROTOCOL_VERSION_PARAM,
  YJS_PATH,
  protocolVersionMismatch,
} from '@orderlane/shared';
import { ARCHIVED_REASON, boardAccess } from '../access/boardAccess';
import type { AuthContext, Authenticate, OriginCheck } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import { errorStatus } from '../errors/errorStatus';
import type { Storage } from '../persistence/Storage';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { RoomSocket } from '../rooms/RoomConnection';
import type { SessionSockets } from './SessionSockets';
import { refuseUpgrade } from './upgradeRefusal';
import type { ConnectionBudget } from './ConnectionBudget';
import { YjsInboundBudget } from './YjsInboundBudget';
import { CLOSE_GRACE_MS, MAX_SEND_BUFFER_BYTES } from './yjsSocketLimits';

export interface YjsEndpointOptions {
  storage: Storage;
  logger: Logger;
  authenticate: Authenticate;
  isAllowedOrigin: OriginCheck;
  rooms: RoomRegistry;
  /** Ping period; a socket that did not answer the previous ping is terminated. */
  pingIntervalMs?: number;
  /** Where each socket is registered so signing out closes it. */
  sessions?: SessionSockets;
  /** Default MAX_SEND_BUFFER_BYTES; lower in tests. */
  maxSendBufferBytes?: number;
  /** What each member may send; default YJS_INBOUND_BUDGET. */
  inboundBudget?: YjsInboundBudget;
  /** How many sockets each member may open (shared with socket.io). */
  connections?: ConnectionBudget;
  /** The Yjs protocol this server speaks; default PROTOCOL_VERSION. */
  protocolVersion?: number;
}

/** The board id of a `/yjs/:boardId` path, null for other paths, '' for a bad id. */
function boardIdOfPath(url: string | undefined): string | null {
  const pathname = (url ?? '').split('?')[0] ?? '';
  if (pathname === YJS_PATH) return '';
  if (!pathname.startsWith(`${YJS_PATH}/`)) return null;
  const id = pathname.slice(YJS_PATH.length + 1);
  return ID_PATTERN.test(id) ? id : '';
}

/** The `PROTOCOL_VERSION` an upgrade URL carries; null when it carries none (a stock client). */
function sentProtocolVersion(url: string | undefined): string | null {
  const query = (url ?? '').split('?').slice(1).join('?');
  return new URLSearchParams(query).get(PROTOCOL_VERSION_PARAM);
}

export interface YjsEndpoint {
  /** Whether an upgrade of this path is the endpoint's (`/yjs` and below). */
  serves(pathname: string): boolean;
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export function attachYjsEndpoint(options: YjsEndpointOptions): YjsEndpoint {
  const { logger, rooms } = options;
  // ws's own limit sits above ours so that an oversized message gets our 4413, not a bare 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * MAX_YJS_MESSAGE_BYTES });
  const alive = new WeakSet<WebSocket>();
  const maxSendBuffer = options.maxSendBufferBytes ?? MAX_SEND_BUFFER_BYTES;
  const inbound = options.inboundBudget ?? new YjsInboundBudget();

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const boardId = boardIdOfPath(req.url) ?? '';
    void admit(req, socket, boardId).then(
      (auth) => {
        if (!auth) return;
        wss.handleUpgrade(req, socket, head, (ws) => {
          // After the upgrade, not on it: a browser reads the reason of a close frame only.
          const mismatch = protocolVersionMismatch(
            sentProtocolVersion(req.url),
            options.protocolVersion,
          );
          if (mismatch) refuseVersion(ws, mismatch);
          else accept(ws, boardId, auth);
        });
      },
      (error: unknown) => {
        logger.error({ err: error }, 'yjs upgrade failed');
        refuseUpgrade(socket, 500, 'internal', 'internal error');
      },
    );
  };

  async function admit(req: http.IncomingMessage, socket: Duplex, boardId: string) {
    if (!options.isAllowedOrigin(req)) {
      refuseUpgrade(socket, 403, 'bad_origin', 'foreign origin');
      return null;
    }
    if (boardId === '') {
      refuseUpgrade(socket, 404, 'not_found', 'no such board');
      return null;
    }
    const auth = await options.authenticate(req);
    if (!auth) {
      refuseUpgrade(socket, 401, 'unauthenticated', 'sign in first');
      return null;
    }
    // Viewers are admitted read-only; an archived board is nobody's to open live.
    try {
      await boardAccess(options.storage, auth, boardId, { archived: 'refuse' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuseUpgrade(socket, errorStatus(error.code), reasonOf(error), error.message);
      return null;
    }
    const refusal = options.connections?.opened(auth.userId);
    if (refusal) {
      const message =
        refusal === 'too_fast' ? 'too many connections, slow down' : 'too many open connections';
      refuseUpgrade(socket, 429, 'rate_limited', message);
      return null;
    }
    // Counted from here: a socket that never completes its handshake closes its count too.
    socket.once('close', () => options.connections?.closed(auth.userId));
    return auth;
  }

  /** Closed before it joins a room: not a byte of the document is sent. */
  function refuseVersion(ws: WebSocket, reason: string) {
    ws.on('error', () => undefined);
    ws.close(CLOSE.protocolMismatch, reason);
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  function accept(ws: WebSocket, boardId: string, auth: AuthContext) {
    alive.add(ws);
    let inRoom = true;
    let overflowed = false;
    const leaveRoom = () => {
      if (!inRoom) return;
      inRoom = false;
      rooms.leave(room, socket);
    };
    // A client may ignore the close frame: it is cut after a grace period in any case.
    const closeSoon = (code: number, reason: string) => {
      ws.close(code, reason);
      setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
    };
    // Revoked (signed out, access changed, not reading): out of the room at once, so nothing it
    // sends from now on is read and nothing more is sent to it; then closed.
    const revoke = (code: number, reason: string) => {
      leaveRoom();
      closeSoon(code, reason);
    };
    const socket: RoomSocket = {
      send: (data, flushed) => {
        if (ws.readyState !== WebSocket.OPEN || overflowed) return;
        ws.send(data, flushed && (() => flushed()));
        if (ws.bufferedAmount > maxSendBuffer) {
          overflowed = true;
          logger.warn({ boardId, userId: auth.userId }, 'yjs client does not read: closed');
          // Not from inside the room's own send loop (or its greeting): right after it.
          queueMicrotask(() => revoke(CLOSE.slowReader, 'not reading'));
        }
      },
      close: closeSoon,
    };
    const room = rooms.join(boardId, socket, { auth, readOnly: !canWrite(auth.access) });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!inRoom) return;
      if (!isBinary) {
        socket.close(CLOSE.badMessage, 'binary messages only');
        return;
      }
      const message = toUint8Array(data);
      room.handleMessage(socket, message);
      // Over budget: stop reading this socket for a while (nothing is dropped; TCP pushes back).
      const waitMs = inbound.charge(auth.userId, message.byteLength);
      if (waitMs > 0 && !ws.isPaused) {
        ws.pause();
        setTimeout(() => {
          if (ws.readyState === WebSocket.OPEN) ws.resume();
        }, waitMs).unref();
      }
    });
    ws.on('pong', () => alive.add(ws));
    ws.on('error', (error) => logger.debug({ err: error, boardId }, 'yjs socket error'));
    const forgetSession = options.sessions?.add(auth, {
      close: () => revoke(CLOSE.unauthenticated, 'signed out'),
      // Read-only is fixed per connection: when it flips, the client reconnects (1012 is not
      // final) and is admitted again with its new access.
      memberChanged: ({ access }) => {
        if (canWrite(access) !== canWrite(auth.access))
          revoke(CLOSE.shuttingDown, 'access changed');
      },
    });
    ws.on('close', () => {
      forgetSession?.();
      leaveRoom();
    });
  }

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, options.pingIntervalMs ?? 30_000);
  pinger.unref();

  return {
    serves: (pathname) => boardIdOfPath(pathname) !== null,
    handleUpgrade: onUpgrade,
    async close() {
      clearInterval(pinger);
      for (const ws of wss.clients) ws.close(CLOSE.shuttingDown, 'server shutting down');
      // Give clients a moment to complete the close handshake, then cut the rest.
      const deadline = Date.now() + 1_000;
      while (wss.clients.size > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

/** The refusal's code: an archived board says so (the client shows it), others their code. */
function reasonOf(error: AppError): string {
  const { reason } = (error.details ?? {}) as { reason?: unknown };
  return reason === ARCHIVED_REASON ? ARCHIVED_REASON : error.code;
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
