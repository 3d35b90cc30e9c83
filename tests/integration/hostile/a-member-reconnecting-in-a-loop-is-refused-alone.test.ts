/**
 * A member who opens realtime connections in a loop (Yjs and socket.io alike) gets refusals once
 * past the connection budget (its burst lowered here through ORDERLANE_CONNECTION_BURST): HTTP
 * 429 `rate_limited` on the Yjs upgrade, `rate_limited` on the socket.io handshake. The sockets
 * already open keep working, and a colleague still connects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createBoard, registerAccount } from '../../support/accounts';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../../support/socketClient';
import { rawBoardSocket, type RawBoardSocket } from '../../support/yjsClient';

const BURST = 6;

let server: TestServer;
const raws: RawBoardSocket[] = [];
const sockets: OrderlaneSocket[] = [];

beforeAll(async () => {
  process.env.ORDERLANE_CONNECTION_BURST = String(BURST);
  server = await startTestServer({ clientDist: null });
  delete process.env.ORDERLANE_CONNECTION_BURST;
});

afterAll(async () => {
  for (const r of raws) r.ws.terminate();
  for (const s of sockets) s.disconnect();
  await server?.close();
});

describe('a member reconnecting in a loop', () => {
  it('is refused past the budget on both channels; others are not', async () => {
    const looper = await registerAccount(server, { name: 'Lou Looper' });
    const colleague = await addMember(server, looper.cookie, 'sales', 'member', 'Col League');
    const boardId = (await createBoard(server, looper.cookie, { title: 'Orders', kind: 'orders' }))
      .id;
    const open = (cookie: string) => {
      const raw = rawBoardSocket(server.url, boardId, { cookie, origin: server.origin });
      raws.push(raw);
      return raw;
    };

    const statuses: number[] = [];
    for (let i = 0; i < BURST + 4; i++) statuses.push(await open(looper.cookie).status);
    expect(statuses.slice(0, BURST)).toEqual(Array(BURST).fill(101));
    expect(statuses.slice(BURST)).toEqual([429, 429, 429, 429]);

    const extra = connectSocket(server.url, { cookie: looper.cookie, origin: server.origin });
    sockets.push(extra);
    await expect(waitForConnect(extra)).rejects.toThrow('rate_limited');

    // What was open stays open; a colleague has a budget of their own.
    expect(raws.slice(0, BURST).every((r) => r.ws.readyState === r.ws.OPEN)).toBe(true);
    expect(await open(colleague.cookie).status).toBe(101);
    const theirs = connectSocket(server.url, { cookie: colleague.cookie, origin: server.origin });
    sockets.push(theirs);
    await waitForConnect(theirs);
  });
});
