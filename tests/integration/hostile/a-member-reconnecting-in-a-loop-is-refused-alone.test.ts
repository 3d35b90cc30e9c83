/**
 * A member who opens realtime connections in a loop (Yjs and socket.io alike) gets refusals once
 * past the connection budget (its burst lowered here through its tunable,
 * ORDERLANE_CONNECTION_BURST): HTTP
 * 429 `rate_limited` on the Yjs upgrade, `rate_limited` on the socket.io handshake. The sockets
 * already open keep working, and a colleague still connects.
 */
import { describe, expect, it } from 'vitest';
import { realtimeServerPerFile, workspaceWithBoard } from '../../support/realtimeServer';
import { waitForConnect } from '../../support/socketClient';
import type { RawBoardSocket } from '../../support/yjsClient';

const BURST = 6;

const realtime = realtimeServerPerFile({ clientDist: null, tunables: { connectionBurst: BURST } });
const { server } = realtime;

describe('a member reconnecting in a loop', () => {
  it('is refused past the budget on both channels; others are not', async () => {
    const {
      admin: looper,
      colleague,
      boardId,
    } = await workspaceWithBoard(server, 'Lou Looper', {
      role: 'sales',
      access: 'member',
      name: 'Col League',
    });
    const opened: RawBoardSocket[] = [];
    const open = (cookie: string) => {
      const raw = realtime.rawBoardSocket(boardId, cookie);
      opened.push(raw);
      return raw;
    };

    const statuses: number[] = [];
    for (let i = 0; i < BURST + 4; i++) statuses.push(await open(looper.cookie).status);
    expect(statuses.slice(0, BURST)).toEqual(Array(BURST).fill(101));
    expect(statuses.slice(BURST)).toEqual([429, 429, 429, 429]);

    const extra = realtime.socket(looper.cookie);
    await expect(waitForConnect(extra)).rejects.toThrow('rate_limited');

    // What was open stays open; a colleague has a budget of their own.
    expect(opened.slice(0, BURST).every((r) => r.ws.readyState === r.ws.OPEN)).toBe(true);
    expect(await open(colleague.cookie).status).toBe(101);
    await realtime.socketOf(colleague.cookie);
  });
});
