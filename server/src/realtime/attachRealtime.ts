/**
 * The realtime layer on the app's http.Server: the Yjs endpoint (rooms per board) and socket.io
 * (workspace presence). `close()` flushes every room to storage before it resolves.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import type { Authenticate, OriginCheck } from '../auth/AuthContext';
import type { Storage } from '../persistence/Storage';
import { RoomRegistry } from '../rooms/RoomRegistry';
import { attachCardActivity } from '../activity/attachCardActivity';
import { attachBoardChannel } from './boardChannel';
import { attachMeetingChannel } from './meetingChannel';
import { attachPresence } from './presence';
import { createRealtimeBus, type RealtimeBus } from './RealtimeBus';
import { SessionSockets, type MemberChange } from './SessionSockets';
import { attachUpgradeRoutes } from './upgradeRoutes';
import { attachYjsEndpoint } from './yjsEndpoint';
import { YJS_INBOUND_BUDGET, YjsInboundBudget } from './YjsInboundBudget';
import { CONNECTION_BUDGET, ConnectionBudget } from './ConnectionBudget';

export interface RealtimeOptions {
  httpServer: http.Server;
  storage: Storage;
  logger: Logger;
  authenticate: Authenticate;
  isAllowedOrigin: OriginCheck;
  now: () => number;
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] ? value : undefined;
}

export interface Realtime {
  /** Emits to users, boards and workspaces over socket.io. */
  bus: RealtimeBus;
  /** The live board documents of this process. */
  rooms: RoomRegistry;
  /** Closes every live socket (socket.io and Yjs) of a session: sign-out. */
  endSession(tokenHash: string): void;
  /** Applies a member's new role/access to their live sockets. */
  memberChanged(workspaceId: string, userId: string, change: MemberChange): void;
  close(): Promise<void>;
}

export async function attachRealtime(options: RealtimeOptions): Promise<Realtime> {
  const logger = options.logger.child({ module: 'realtime' });
  const { storage } = options;
  const rooms = new RoomRegistry({
    // The document log of the storage, as a room sees it.
    documents: {
      load: (boardId) => storage.loadDocument(boardId),
      append: (boardId, updates, writers) => storage.appendUpdates(boardId, updates, writers),
      compact: (boardId, snapshot, upToSeq) => storage.compactDocument(boardId, snapshot, upToSeq),
    },
    logger,
    // Tunable for tests and benchmarks; the defaults suit production.
    unloadAfterMs: envNumber('ORDERLANE_ROOM_UNLOAD_MS'),
    compactAfterUpdates: envNumber('ORDERLANE_COMPACT_AFTER_UPDATES'),
  });
  const sessions = new SessionSockets();
  const connections = new ConnectionBudget({
    ...CONNECTION_BUDGET,
    capacity: envNumber('ORDERLANE_CONNECTION_BURST') ?? CONNECTION_BUDGET.capacity,
    maxOpen: envNumber('ORDERLANE_MAX_OPEN_CONNECTIONS') ?? CONNECTION_BUDGET.maxOpen,
  });
  const yjs = attachYjsEndpoint({
    ...options,
    logger,
    rooms,
    sessions,
    connections,
    maxSendBufferBytes: envNumber('ORDERLANE_MAX_SEND_BUFFER_BYTES'),
    inboundBudget: new YjsInboundBudget({
      ...YJS_INBOUND_BUDGET,
      burstBytes: envNumber('ORDERLANE_YJS_BURST_BYTES') ?? YJS_INBOUND_BUDGET.burstBytes,
    }),
  });
  const presence = attachPresence({ ...options, logger, sessions, connections });
  attachBoardChannel(presence.io, options.storage, logger);
  const bus = createRealtimeBus(presence.io);
  attachMeetingChannel(presence.io, {
    storage: options.storage,
    rooms,
    bus,
    now: options.now,
    logger,
  });
  attachCardActivity(rooms, { storage: options.storage, bus, logger, now: options.now });
  const detachUpgrades = attachUpgradeRoutes(options.httpServer, [
    { serves: yjs.serves, handle: yjs.handleUpgrade },
    { serves: presence.serves, handle: presence.handleUpgrade },
  ]);
  return {
    bus,
    rooms,
    endSession: (tokenHash) => void sessions.end(tokenHash),
    memberChanged: (workspaceId, userId, change) =>
      sessions.memberChanged(workspaceId, userId, change),
    async close() {
      detachUpgrades();
      await presence.close();
      await yjs.close();
      await rooms.closeAll();
    },
  };
}
