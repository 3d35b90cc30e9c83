/**
 * Two servers in one process share nothing: each is built from its own options (tunables given
 * programmatically, not through the process's environment) and has its own budgets. Here one
 * server's connection burst is lowered to 2; the other keeps the default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, registerAccount } from '../support/accounts';
import { startTestServer, type TestServer } from '../support/server';
import { rawBoardSocket, type RawBoardSocket } from '../support/yjsClient';

const BURST = 2;

let tight: TestServer;
let roomy: TestServer;
const raws: RawBoardSocket[] = [];

beforeAll(async () => {
  tight = await startTestServer({ clientDist: null, tunables: { connectionBurst: BURST } });
  roomy = await startTestServer({ clientDist: null });
});

afterAll(async () => {
  for (const r of raws) r.ws.terminate();
  await Promise.all([tight?.close(), roomy?.close()]);
});

/** The upgrade statuses of `count` Yjs connections a new member opens one after another. */
async function openSockets(server: TestServer, count: number): Promise<number[]> {
  const account = await registerAccount(server, { name: 'Con Nector' });
  const board = await createBoard(server, account.cookie, { title: 'Orders', kind: 'orders' });
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const raw = rawBoardSocket(server.url, board.id, {
      cookie: account.cookie,
      origin: server.origin,
    });
    raws.push(raw);
    statuses.push(await raw.status);
  }
  return statuses;
}

describe('two servers in one process', () => {
  it('each applies its own tunables', async () => {
    expect(await openSockets(tight, BURST + 2)).toEqual([101, 101, 429, 429]);
    expect(await openSockets(roomy, BURST + 2)).toEqual([101, 101, 101, 101]);
  });
});
