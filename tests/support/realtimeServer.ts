/**
 * One real server per test file, and the realtime clients its tests open on it: y-websocket
 * providers, hand-written raw WebSockets and socket.io clients, all closed with the server after
 * the file.
 */
import { afterAll } from 'vitest';
import { YJS_PATH } from '@orderlane/shared';
import { addMember, createBoard, registerAccount, type ServerLike } from './accounts';
import { openRawWebSocket, type RawWebSocket } from './rawWebSocket';
import { serverPerFile, type TestServerOptions } from './server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from './socketClient';
import {
  connectBoard,
  rawBoardSocket,
  type BoardClient,
  type ConnectOptions,
  type RawBoardSocket,
} from './yjsClient';

export type Account = Awaited<ReturnType<typeof registerAccount>>;

export interface RealtimeServer {
  /** Started before the file's first test (see serverPerFile). */
  server: ReturnType<typeof serverPerFile>;
  /** A y-websocket provider of this account on the board (not yet synced). */
  boardClient(boardId: string, cookie: string, options?: ConnectOptions): BoardClient;
  /** A raw WebSocket upgrade to the board's Yjs path, written by hand (see rawWebSocket.ts). */
  rawYjs(boardId: string, cookie: string): RawWebSocket;
  /** A `ws` WebSocket to the board's Yjs path, to see exactly what the server answers. */
  rawBoardSocket(boardId: string, cookie: string): RawBoardSocket;
  /** A socket.io client of this account (not yet connected). */
  socket(cookie: string): OrderlaneSocket;
  /** A socket.io client of this account, connected. */
  socketOf(cookie: string): Promise<OrderlaneSocket>;
}

export function realtimeServerPerFile(options: TestServerOptions = {}): RealtimeServer {
  const closers: (() => void)[] = [];
  const track = <T>(thing: T, close: (thing: T) => void): T => {
    closers.push(() => close(thing));
    return thing;
  };
  const server = serverPerFile(options);
  const origin = () => server.origin;
  const realtime: RealtimeServer = {
    server,
    boardClient: (boardId, cookie, connect = {}) =>
      track(connectBoard(server.url, boardId, { cookie, origin: origin(), ...connect }), (c) =>
        c.destroy(),
      ),
    rawYjs: (boardId, cookie) =>
      track(
        openRawWebSocket(server.url, `${YJS_PATH}/${boardId}`, {
          cookie,
          origin: origin(),
        }),
        (r) => r.destroy(),
      ),
    rawBoardSocket: (boardId, cookie) =>
      track(rawBoardSocket(server.url, boardId, { cookie, origin: origin() }), (r) =>
        r.ws.terminate(),
      ),
    socket: (cookie) =>
      track(connectSocket(server.url, { cookie, origin: origin() }), (s) => s.disconnect()),
    async socketOf(cookie) {
      const socket = realtime.socket(cookie);
      await waitForConnect(socket);
      return socket;
    },
  };
  // Registered after the server's own, so it runs before the server closes.
  afterAll(() => {
    for (const close of closers) close();
  });
  return realtime;
}

/** A new workspace: its admin, a colleague in it, and an order board. */
export async function workspaceWithBoard(
  server: ServerLike,
  adminName: string,
  colleague: { role: Parameters<typeof addMember>[2]; access: 'member' | 'viewer'; name: string },
): Promise<{ admin: Account; colleague: Account; boardId: string }> {
  const admin = await registerAccount(server, { name: adminName });
  const other = await addMember(
    server,
    admin.cookie,
    colleague.role,
    colleague.access,
    colleague.name,
  );
  const board = await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' });
  return { admin, colleague: other, boardId: board.id };
}
