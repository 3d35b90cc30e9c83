/** A real socket.io client with the session cookie and an Origin, for integration tests. */
import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_IO_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@orderlane/shared';

export type OrderlaneSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SocketClientOptions {
  cookie?: string;
  origin?: string;
}

export function connectSocket(baseUrl: string, options: SocketClientOptions = {}): OrderlaneSocket {
  const extraHeaders: Record<string, string> = {};
  if (options.cookie) extraHeaders.cookie = options.cookie;
  if (options.origin) extraHeaders.origin = options.origin;
  return io(baseUrl, {
    path: SOCKET_IO_PATH,
    transports: ['websocket'],
    extraHeaders,
    reconnection: false,
    forceNew: true,
  });
}

/** Resolves on connect, rejects with the server's refusal (connect_error). */
export function waitForConnect(socket: OrderlaneSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}
