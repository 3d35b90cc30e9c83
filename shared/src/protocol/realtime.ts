/** Realtime protocol: the Yjs endpoint's limits and close codes, and socket.io's typed events. */
import type { MeetingClientToServerEvents, MeetingServerToClientEvents } from './meetings';
import type { CommentServerToClientEvents } from './comments';
import type { NotificationServerToClientEvents } from './notifications';

/** The y-websocket endpoint: provider URL `${origin}${YJS_PATH}`, room name = board id. */
export const YJS_PATH = '/yjs';
export const SOCKET_IO_PATH = '/socket.io';
export const SESSION_COOKIE = 'orderlane_session';

/** A single Yjs message larger than this closes that connection (and only that one). */
export const MAX_YJS_MESSAGE_BYTES = 1024 * 1024;

/** WebSocket close codes. The y-websocket client treats 44xx as final and stops retrying. */
export const CLOSE = {
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  tooLarge: 4413,
  badMessage: 4400,
  /** The client speaks another `PROTOCOL_VERSION` (yjsWire.ts); the browser reloads. */
  protocolMismatch: 4426,
  shuttingDown: 1012,
  /** The client did not read what it was sent; not final: it may reconnect and sync again. */
  slowReader: 1013,
} as const;

export interface PresenceUser {
  userId: string;
  name: string;
  role: string;
  /** Number of open sessions (tabs, devices) of this user. */
  connections: number;
}

/** The answer to a client event that can be refused. */
export type Ack<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { value: T }))
  | { ok: false; error: { code: string; message: string } };

/** Events the server sends over socket.io. Meeting events: protocol/meetings.ts. */
// Comment, card history and notification events: protocol/comments.ts, protocol/notifications.ts.
export interface ServerToClientEvents
  extends
    MeetingServerToClientEvents,
    CommentServerToClientEvents,
    NotificationServerToClientEvents {
  'presence:list': (users: PresenceUser[]) => void;
}

/** Events a client sends over socket.io. Each is validated on the server at run time. */
export interface ClientToServerEvents extends MeetingClientToServerEvents {
  'presence:get': (ack: (users: PresenceUser[]) => void) => void;
  /** Receive a board's server-authoritative events (comments, meeting state…). */
  'board:join': (boardId: string, ack: (result: Ack) => void) => void;
  'board:leave': (boardId: string) => void;
}

/**
 * The `user` of a board awareness state, as the client reads it. The client sets it, and the
 * server overwrites it from the session on every state it relays, so nobody can appear as
 * somebody else.
 */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

/** Awareness client ids one Yjs connection may speak for (a provider uses one). */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;
