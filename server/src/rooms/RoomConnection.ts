/** What a room needs of a connection: a transport-agnostic socket plus who is on the other end. */
import type { AuthContext } from '../auth/AuthContext';

export interface RoomSocket {
  /** `flushed` runs once the message has left for the network (or the socket is gone). */
  send(data: Uint8Array, flushed?: () => void): void;
  close(code: number, reason: string): void;
}

export interface RoomConnectionInfo {
  auth: AuthContext;
  /** Viewers read everything and may send awareness; their document updates are dropped. */
  readOnly: boolean;
}
