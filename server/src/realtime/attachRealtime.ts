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
import { attachYjsEndpoint } from './yjsEndpoint';

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
  close(): Promise<void>;
}

export async function attachRealtime(options: RealtimeOptions): Promise<Realtime> {
  const logger = options.logger.child({ module: 'realtime' });
  const rooms = new RoomRegistry({
    storage: options.storage,
    logger,
    // Tunable for tests and benchmarks; the defaults suit production.
    unloadAfterMs: envNumber('ORDERLANE_ROOM_UNLOAD_MS'),
    compactAfterUpdates: envNumber('ORDERLANE_COMPACT_AFTER_UPDATES'),
  });
  const yjs = attachYjsEndpoint({ ...options, logger, rooms });
  const presence = attachPresence({ ...options, logger });
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
  return {
    bus,
    rooms,
    async close() {
      await presence.close();
      await yjs.close();
      await rooms.closeAll();
    },
  };
}
