/** `board:join`: a socket receives a board's server-authoritative events only after joining it. */
import { describe, expect, it } from 'vitest';
import type { Ack } from '@orderlane/shared';
import { createBoard, registerAccount } from '../support/accounts';
import { realtimeServerPerFile } from '../support/realtimeServer';
import { type OrderlaneSocket } from '../support/socketClient';

const realtime = realtimeServerPerFile({ clientDist: null });
const { server } = realtime;
const socketOf = (cookie: string) => realtime.socketOf(cookie);

function join(socket: OrderlaneSocket, boardId: unknown): Promise<Ack> {
  return new Promise((resolve) => socket.emit('board:join', boardId as string, resolve));
}

describe('board:join', () => {
  it('joins a board of one’s own workspace, not another’s, and refuses junk', async () => {
    const alice = await registerAccount(server, { name: 'Alice' });
    const mallory = await registerAccount(server, { name: 'Mallory' });
    const board = await createBoard(server, alice.cookie, {
      title: 'Orders',
      kind: 'orders',
    });

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
