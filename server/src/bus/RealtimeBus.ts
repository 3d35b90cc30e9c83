/**
 * How the rest of the server reaches people live: HTTP routes, services and room observers emit
 * through this, never through socket.io directly, so they stay testable and transport-agnostic.
 * The realtime layer implements it (realtime/socketBus.ts).
 */
import type { ServerToClientEvents } from '@orderlane/shared';

type EventName = keyof ServerToClientEvents;
type EventArgs<E extends EventName> = Parameters<ServerToClientEvents[E]>;

export interface RealtimeBus {
  /** Every socket of that user (all tabs and devices), and nobody else. */
  toUser<E extends EventName>(userId: string, event: E, ...args: EventArgs<E>): void;
  /** Every socket that joined the board with `board:join`. */
  toBoard<E extends EventName>(boardId: string, event: E, ...args: EventArgs<E>): void;
  toWorkspace<E extends EventName>(workspaceId: string, event: E, ...args: EventArgs<E>): void;
}
