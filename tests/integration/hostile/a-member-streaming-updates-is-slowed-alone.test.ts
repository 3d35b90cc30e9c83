/**
 * A member who streams Yjs updates as fast as the socket takes them is read at the inbound
 * budget's pace (YJS_INBOUND_BUDGET.bytesPerSecond, past a burst lowered here through its
 * tunable, ORDERLANE_YJS_BURST_BYTES, so the test stays small), not at the speed of the wire; nothing they
 * sent is lost, and a colleague on the same board is acknowledged while they wait.
 */
import { describe, expect, it } from 'vitest';
import { YJS_INBOUND_BUDGET } from '@orderlane/server';
import { cardsMap } from '@orderlane/shared';
import * as Y from 'yjs';
import { realtimeServerPerFile, workspaceWithBoard } from '../../support/realtimeServer';
import { waitFor, type BoardClient } from '../../support/yjsClient';

const BURST = 64 * 1024;
const UPDATES = 6;
const UPDATE_TEXT = 700_000;

const realtime = realtimeServerPerFile({ clientDist: null, tunables: { yjsBurstBytes: BURST } });
const { server } = realtime;

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
    const { admin, colleague, boardId } = await workspaceWithBoard(server, 'Sam Streamer', {
      role: 'sales',
      access: 'member',
      name: 'Cy Colleague',
    });
    const streamer = realtime.boardClient(boardId, admin.cookie);
    const honest = realtime.boardClient(boardId, colleague.cookie);
    const observer = realtime.boardClient(boardId, colleague.cookie);
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
