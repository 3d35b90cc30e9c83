/**
 * A budget per socket over every socket.io event it sends: a burst of `capacity` events, then one
 * more every `refillMs`. A socket that runs dry is disconnected, so a flood of `meeting:*`,
 * `board:join` or `presence:get` costs the server one socket, never the other people on it, nor
 * the same person's other tabs; how many sockets one member may open is the ConnectionBudget's.
 * A real client emits a handful of events a minute; a script that emits hundreds is not a client.
 */
import type { Logger } from 'pino';
import type { TokenBuckets } from '../limits/TokenBuckets';
import type { ServerSocket } from './socketTypes';

export const SOCKET_EVENT_LIMIT = { capacity: 120, refillMs: 50 } as const;

export function limitSocketEvents(
  socket: ServerSocket,
  events: TokenBuckets,
  logger: Logger,
): void {
  socket.use((packet, next) => {
    if (events.take(socket.id)) {
      next();
      return;
    }
    // Dropped, not answered: the flood's acks never fire, and the socket goes.
    if (socket.connected) {
      logger.warn(
        { userId: socket.data.auth.userId, event: String(packet[0]) },
        'socket flooded events: disconnected',
      );
      socket.disconnect(true);
    }
  });
}
