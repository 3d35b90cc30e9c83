/**
 * A token bucket per socket.io socket over every event it sends: a burst of `capacity` events,
 * then `perSecond`. A socket that runs dry is disconnected, so a flood of `meeting:*`,
 * `board:join` or `presence:get` costs the server one socket, never the other people on it.
 * A real client emits a handful of events a minute; a script that emits hundreds is not a client.
 */
import type { Logger } from 'pino';
import type { PresenceSocket } from './presence';

export interface SocketRateLimitOptions {
  capacity: number;
  perSecond: number;
  logger: Logger;
  now?: () => number;
}

export const SOCKET_EVENT_LIMIT = { capacity: 120, perSecond: 20 } as const;

export function limitSocketEvents(socket: PresenceSocket, options: SocketRateLimitOptions): void {
  const now = options.now ?? Date.now;
  let tokens = options.capacity;
  let at = now();
  socket.use((packet, next) => {
    const t = now();
    tokens = Math.min(options.capacity, tokens + ((t - at) / 1000) * options.perSecond);
    at = t;
    if (tokens >= 1) {
      tokens -= 1;
      next();
      return;
    }
    // Dropped, not answered: the flood's acks never fire, and the socket goes.
    if (socket.connected) {
      options.logger.warn(
        { userId: socket.data.auth.userId, event: String(packet[0]) },
        'socket flooded events: disconnected',
      );
      socket.disconnect(true);
    }
  });
}
