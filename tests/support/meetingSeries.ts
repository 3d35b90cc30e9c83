/**
 * The workspace the meeting tests run in, one per test file: a server on SQLite, Mia Manager
 * (admin), Leo Logistics (a logistics member) and a seeded order board over real Yjs, plus
 * socket.io clients that are all closed with the server after the file.
 */
import { afterAll, beforeAll } from 'vitest';
import { addMember, registerAccount } from './accounts';
import { seededOrderBoard, type SeededBoard } from './meetings';
import { startTestServer, tempDir, type TestServer } from './server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from './socketClient';
import type { BoardClient } from './yjsClient';

export type Account = Awaited<ReturnType<typeof registerAccount>>;

export interface SeriesWorkspace {
  server: TestServer;
  /** Mia Manager, who created the workspace. */
  admin: Account;
  /** Leo Logistics, a member of the logistics department. */
  leo: Account;
  /** The order board a series takes its cards from. */
  board: SeededBoard;
  /** A socket.io client of this account, connected. */
  socketOf(cookie: string): Promise<OrderlaneSocket>;
  /** Destroyed after the file, like the board's own client. */
  clients: BoardClient[];
}

/**
 * Registers the file's set-up and tear-down; the returned workspace is filled in before the
 * first test runs.
 */
export function startWithSeries(dirPrefix: string): SeriesWorkspace {
  const dir = tempDir(dirPrefix);
  const sockets: OrderlaneSocket[] = [];
  const workspace = {
    clients: [] as BoardClient[],
    async socketOf(cookie: string) {
      const socket = connectSocket(workspace.server.url, {
        cookie,
        origin: workspace.server.origin,
      });
      sockets.push(socket);
      await waitForConnect(socket);
      return socket;
    },
  } as SeriesWorkspace;
  beforeAll(async () => {
    const server = await startTestServer({ sqliteDir: dir.dir, clientDist: null });
    workspace.server = server;
    workspace.admin = await registerAccount(server, { name: 'Mia Manager' });
    workspace.leo = await addMember(
      server,
      workspace.admin.cookie,
      'logistics',
      'member',
      'Leo Logistics',
    );
    workspace.board = await seededOrderBoard(server, workspace.admin.cookie);
    workspace.clients.push(workspace.board.client);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const c of workspace.clients) c.destroy();
    await workspace.server?.close();
    dir.remove();
  });
  return workspace;
}
