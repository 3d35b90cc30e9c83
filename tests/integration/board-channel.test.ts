/** `board:join`: a socket receives a board's server-authoritative events only after joining it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '@orderlane/shared';
import { createBoard, registerAccount } from '../support/accounts';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../support/socketClient';

let server: TestServer;
const sockets: OrderlaneSocket[] = [];
beforeAll(async () => {
  server = await startTestServer({ clientDist: null });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server?.close();
});

async function socketOf(cookie: string) {
  const socket = connectSocket(server.url, { cookie, origin: server.origin });
  sockets.push(socket);
  await waitForConnect(socket);
  return socket;
}

function join(socket: OrderlaneSocket, boardId: unknown): Promise<Ack> {
  return new Promise((resolve) => socket.emit('board:join', boardId as string, resolve));
}

describe('board:join', () => {
  it('joins a board of one’s own workspace, not another’s, and refuses junk', async () => {
    const alice = await registerAccount(server, { name: 'Alice' });
    const mallory = await registerAccount(server, { name: 'Mallory' });
    const board = await createBoard(server, alice.cookie, { title: 'Orders', kind: 'orders' });

    expect(await join(await socketOf(alice.cookie), board.id)).toEqual({ ok: true });

    const outsider = await socketOf(mallory.cookie);
    const refused = await join(outsider, board.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const junk of ['../etc', '', 42, { id: board.id }]) {
      expect(await join(outsider, junk)).toMatchObject({
        ok: false,
        error: { code: 'bad_request' },
      });
    }
    // Junk is refused, not fatal: the connection stays up.
    expect(outsider.connected).toBe(true);
  });
});
