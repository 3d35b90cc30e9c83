/**
 * The realtime layer on the app's http.Server, built on the server's rooms and services: the Yjs
 * endpoint (a board's room per socket) and socket.io (workspace presence, the board and meeting
 * channels), which the services' bus is connected to. `close()` closes every socket; the rooms
 * are the composition root's to flush.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import type { Authenticate, OriginCheck } from '../auth/AuthContext';
import type { Storage } from '../persistence/Storage';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { MeetingServices } from '../meetings/meetingServices';
import { attachBoardChannel } from './boardChannel';
import { attachMeetingChannel } from './meetingChannel';
import { attachSocketServer } from './socketServer';
import { createRealtimeBus } from './socketBus';
import type { RelayBus } from '../bus/relayBus';
import { SessionSockets, type MemberChange } from './SessionSockets';
import { attachUpgradeRoutes } from './upgradeRoutes';
import { attachYjsEndpoint } from './yjsEndpoint';
import { YJS_INBOUND_BUDGET, YjsInboundBudget } from './YjsInboundBudget';
import { CONNECTION_BUDGET, ConnectionBudget } from './ConnectionBudget';

/** The realtime budgets' tunables (config.ts reads them from ORDERLANE_*); unset: defaults. */
export interface RealtimeTunables {
  maxSendBufferBytes?: number;
  yjsBurstBytes?: number;
  connectionBurst?: number;
  maxOpenConnections?: number;
}

export interface RealtimeOptions {
  httpServer: http.Server;
  storage: Storage;
  rooms: RoomRegistry;
  /** The server's services that socket.io handlers call (the ones its HTTP routes use). */
  services: { meetings: MeetingServices };
  /** The bus the services emit through: connected here to socket.io. */
  bus: RelayBus;
  logger: Logger;
  authenticate: Authenticate;
  isAllowedOrigin: OriginCheck;
  now: () => number;
  tunables: RealtimeTunables;
  /** The Yjs protocol this server speaks; default PROTOCOL_VERSION. */
  protocolVersion?: number;
}

export interface Realtime {
  /** Closes every live socket (socket.io and Yjs) of a session: sign-out. */
  endSession(tokenHash: string): void;
  /** Applies a member's new role/access to their live sockets. */
  memberChanged(workspaceId: string, userId: string, change: MemberChange): void;
  close(): Promise<void>;
}

export function attachRealtime(options: RealtimeOptions): Realtime {
  const { httpServer, storage, rooms, authenticate, isAllowedOrigin, now, tunables } = options;
  const logger = options.logger.child({ module: 'realtime' });
  const sessions = new SessionSockets();
  const connections = new ConnectionBudget({
    ...CONNECTION_BUDGET,
    capacity: tunables.connectionBurst ?? CONNECTION_BUDGET.capacity,
    maxOpen: tunables.maxOpenConnections ?? CONNECTION_BUDGET.maxOpen,
  });
  // What both endpoints need to admit a connection, and to end it with its session.
  const admission = { authenticate, isAllowedOrigin, logger, sessions, connections };
  const yjs = attachYjsEndpoint({
    ...admission,
    storage,
    rooms,
    maxSendBufferBytes: tunables.maxSendBufferBytes,
    protocolVersion: options.protocolVersion,
    inboundBudget: new YjsInboundBudget({
      ...YJS_INBOUND_BUDGET,
      burstBytes: tunables.yjsBurstBytes ?? YJS_INBOUND_BUDGET.burstBytes,
    }),
  });
  const socketServer = attachSocketServer({ ...admission, httpServer });
  options.bus.connect(createRealtimeBus(socketServer.io));
  attachBoardChannel(socketServer.io, storage, logger);
  attachMeetingChannel(socketServer.io, { meetings: options.services.meetings, now, logger });
  const detachUpgrades = attachUpgradeRoutes(httpServer, [
    { serves: yjs.serves, handle: yjs.handleUpgrade },
    { serves: socketServer.serves, handle: socketServer.handleUpgrade },
  ]);
  return {
    endSession: (tokenHash) => void sessions.end(tokenHash),
    memberChanged: (workspaceId, userId, change) =>
      sessions.memberChanged(workspaceId, userId, change),
    async close() {
      detachUpgrades();
      await socketServer.close();
      await yjs.close();
    },
  };
}
