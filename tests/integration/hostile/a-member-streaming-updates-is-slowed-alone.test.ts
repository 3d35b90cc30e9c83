/**
 * A member who streams Yjs updates as fast as the socket takes them is read at the inbound
 * budget's pace (YJS_INBOUND_BUDGET.bytesPerSecond, past a burst lowered here through
 * ORDERLANE_YJS_BURST_BYTES so the test stays small), not at the speed of the wire; nothing they
 * sent is lost, and a colleague on the same board is acknowledged while they wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YJS_INBOUND_BUDGET } from '@orderlane/server';
import { cardsMap } from '@orderlane/shared';
import * as Y from 'yjs';
import { addMember, createBoard, registerAccount } from '../../support/accounts';
import { startTestServer, type TestServer } from '../../support/server';
import { connectBoard, waitFor, type BoardClient } from '../../support/yjsClient';

const BURST = 64 * 1024;
const UPDATES = 6;
const UPDATE_TEXT = 700_000;

let server: TestServer;
const clients: BoardClient[] = [];

beforeAll(async () => {
  process.env.ORDERLANE_YJS_BURST_BYTES = String(BURST);
  server = await startTestServer({ clientDist: null });
  delete process.env.ORDERLANE_YJS_BURST_BYTES;
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

function addBigCard(client: BoardClient, id: string): void {
  client.doc.transact(() => {
    const card = new Y.Map<unknown>();
    card.set('title', id);
    card.set('position', 'a0');
    card.set('note', 'x'.repeat(UPDATE_TEXT));
    cardsMap(client.doc).set(id, card);
  });
}

describe('a member streaming updates', () => {
  it('is read at the budget pace, loses nothing, and holds up nobody else', async () => {
    const admin = await registerAccount(server, { name: 'Sam Streamer' });
    const colleague = await addMember(server, admin.cookie, 'sales', 'member', 'Cy Colleague');
    const boardId = (await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' }))
      .id;
    const connect = (cookie: string) => {
      const client = connectBoard(server.url, boardId, { cookie, origin: server.origin });
      clients.push(client);
      return client;
    };
    const streamer = connect(admin.cookie);
    const honest = connect(colleague.cookie);
    const observer = connect(colleague.cookie);
    await Promise.all([streamer.waitForSync(), honest.waitForSync(), observer.waitForSync()]);

    const started = Date.now();
    for (let i = 0; i < UPDATES; i++) addBigCard(streamer, `big-${i}`);
    // While the streamer is held back, a colleague's edit goes through.
    honest.doc.transact(() => {
      const card = new Y.Map<unknown>();
      card.set('title', 'PO-honest');
      card.set('position', 'a1');
      cardsMap(honest.doc).set('honest', card);
    });
    await honest.waitForAck(20_000);
    const streamedWhenHonestAcked = [...cardsMap(observer.doc).keys()].filter((k) =>
      k.startsWith('big-'),
    ).length;
    await waitFor(
      () =>
        [...cardsMap(observer.doc).keys()].filter((k) => k.startsWith('big-')).length === UPDATES,
      60_000,
      'every streamed card',
    );
    const elapsedMs = Date.now() - started;

    // What the server read beyond the burst took at least its time at the budget's pace.
    const bytes = UPDATES * UPDATE_TEXT;
    const paceMs = ((bytes - BURST) / YJS_INBOUND_BUDGET.bytesPerSecond) * 1000;
    expect(elapsedMs).toBeGreaterThanOrEqual(paceMs * 0.8);
    expect(streamedWhenHonestAcked).toBeLessThan(UPDATES);
    expect(cardsMap(observer.doc).has('honest')).toBe(true);
  });
});
