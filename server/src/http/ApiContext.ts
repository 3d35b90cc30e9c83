/**
 * What every route module is built from, by the composition root (app.ts): passed in, so each
 * server has its own services and budgets and tests can give their own clock.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { CardActivityService } from '../activity/CardActivityService';
import type { Authenticate } from '../auth/AuthContext';
import type { PasswordHasher } from '../auth/passwords';
import type { MeetingServices } from '../meetings/meetingServices';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { MemberChange } from '../realtime/SessionSockets';

export interface ApiContext {
  storage: Storage;
  authenticate: Authenticate;
  logger: Logger;
  now: () => number;
  /** Live pushes to users, boards and workspaces (socket.io). */
  bus: RealtimeBus;
  /** The live board documents: read or change a board's Y.Doc on the server. */
  rooms: RoomRegistry;
  /** The server's services the routes call (services.ts builds them once per server). */
  services: { cardActivity: CardActivityService; meetings: MeetingServices };
  /** The per-user budget every state-changing route draws on (writeBudget.ts). */
  writeBudget: RequestHandler;
  /** Login and register attempts per client IP per minute. */
  authAttemptsPerMinute: number;
  /** scrypt at the server's configured cost. */
  passwords: PasswordHasher;
  /** `scheme://host[:port]` people reach the server at: the base of links it hands out. */
  publicOrigin: () => string;
  /** Closes the live sockets of a session that just ended (logout, re-login). */
  endSession?: (tokenHash: string) => void;
  /** Applies a member's new role/access to their live sockets (PATCH /members/:id). */
  memberChanged?: (workspaceId: string, userId: string, change: MemberChange) => void;
}
