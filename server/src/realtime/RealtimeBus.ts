/**
 * How the rest of the server reaches people live: HTTP routes and room observers emit through
 * this, never through socket.io directly, so they stay testable and transport-agnostic.
 */
import type { ServerToClientEvents } from '@orderlane/shared';
import type { PresenceServer } from './presence';

type EventName = keyof ServerToClientEvents;
type EventArgs<E extends EventName> = Parameters<ServerToClientEvents[E]>;

export const workspaceRoom = (workspaceId: string) => `workspace:${workspaceId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const boardRoom = (boardId: string) => `board:${boardId}`;

export interface RealtimeBus {
  /** Every socket of that user (all tabs and devices), and nobody else. */
  toUser<E extends EventName>(userId: string, event: E, ...args: EventArgs<E>): void;
  /** Every socket that joined the board with `board:join`. */
  toBoard<E extends EventName>(boardId: string, event: E, ...args: EventArgs<E>): void;
  toWorkspace<E extends EventName>(workspaceId: string, event: E, ...args: EventArgs<E>): void;
}

export function createRealtimeBus(io: PresenceServer): RealtimeBus {
  return {
    toUser: (userId, event, ...args) => io.to(userRoom(userId)).emit(event, ...args),
    toBoard: (boardId, event, ...args) => io.to(boardRoom(boardId)).emit(event, ...args),
    toWorkspace: (workspaceId, event, ...args) =>
      io.to(workspaceRoom(workspaceId)).emit(event, ...args),
  };
}
