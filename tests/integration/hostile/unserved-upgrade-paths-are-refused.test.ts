/**
 * A WebSocket upgrade to a path nobody serves is answered 404 and its socket closed by the
 * server, so strangers cannot pile up half-open sockets until the process runs out of file
 * descriptors. The two served paths (the Yjs endpoint and socket.io) keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, registerAccount } from '../../support/accounts';
import { openRawWebSocket, type RawWebSocket } from '../../support/rawWebSocket';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, waitForConnect } from '../../support/socketClient';
import { connectBoard, waitFor } from '../../support/yjsClient';

let server: TestServer;
const opened: RawWebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ clientDist: null });
});

afterAll(async () => {
  for (const s of opened) s.destroy();
  await server?.close();
});

describe('upgrades to paths nobody serves', () => {
  it('answers each with 404 and closes its socket, without a session', async () => {
    const paths = ['/anything', '/api/health', '/', '/yjsx/board', '/socket.iox/', '/socket.io'];
    const sockets = Array.from({ length: 30 }, (_, i) =>
      openRawWebSocket(server.url, paths[i % paths.length]!, { origin: server.origin }),
    );
    opened.push(...sockets);
    const statuses: number[] = [];
    for (const s of sockets) void s.status.then((status) => statuses.push(status));
    await waitFor(() => statuses.length === sockets.length, 10_000, 'an answer to every upgrade');
    expect(statuses).toEqual(sockets.map(() => 404));
    // The server closes them: none is left for the client to give up on.
    await waitFor(() => sockets.every((s) => s.isClosed()), 10_000, 'server closes every socket');
  });

  it('still serves the Yjs endpoint and socket.io on the same port', async () => {
    const admin = await registerAccount(server, { name: 'Una Upgrade' });
    const board = await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' });
    const client = connectBoard(server.url, board.id, {
      cookie: admin.cookie,
      origin: server.origin,
    });
    const socket = connectSocket(server.url, { cookie: admin.cookie, origin: server.origin });
    try {
      await client.waitForSync();
      await waitForConnect(socket);
      expect(socket.connected).toBe(true);
    } finally {
      client.destroy();
      socket.disconnect();
    }
  });
});
