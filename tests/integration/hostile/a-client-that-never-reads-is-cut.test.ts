/**
 * A client that never reads cannot make the server hold an ever-growing send buffer: once what
 * waits for it passes the cap (MAX_SEND_BUFFER_BYTES, lowered here through its tunable,
 * ORDERLANE_MAX_SEND_BUFFER_BYTES, so the test stays small), the server closes it, while the
 * writer and the readers of the same board keep syncing. (How much the server's memory grows
 * under sync requests that are never read is measured in tests/bench/unreadSyncMemory.bench.ts.)
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from '@orderlane/shared';
import { realtimeServerPerFile, workspaceWithBoard } from '../../support/realtimeServer';
import { waitFor } from '../../support/yjsClient';

const CAP = 4 * 1024 * 1024;
const UPDATES = 30;
const UPDATE_TEXT = 500_000;

const realtime = realtimeServerPerFile({ clientDist: null, tunables: { maxSendBufferBytes: CAP } });
const { server } = realtime;

describe('a Yjs client that never reads', () => {
  it('is closed once its send buffer passes the cap; the others keep syncing', async () => {
    const { admin, colleague, boardId } = await workspaceWithBoard(server, 'Wes Writer', {
      role: 'sales',
      access: 'viewer',
      name: 'Ida Idle',
    });
    const writer = realtime.boardClient(boardId, admin.cookie);
    const reader = realtime.boardClient(boardId, colleague.cookie);
    await Promise.all([writer.waitForSync(), reader.waitForSync()]);

    const idle = realtime.rawYjs(boardId, colleague.cookie);
    expect(await idle.status).toBe(101);
    await waitFor(() => idle.messages.length > 0, 10_000, 'the greeting');
    idle.pause();

    // Well past the cap plus what the kernel's socket buffers can hold for the idle one.
    const text = 'x'.repeat(UPDATE_TEXT);
    for (let i = 0; i < UPDATES; i++) {
      const card = new Y.Map<unknown>();
      card.set('description', new Y.Text(text));
      cardsMap(writer.doc).set(`big${i}`, card);
      await writer.waitForAck(30_000);
    }

    // Reading again drains what the kernel still holds; the server's end of it comes after.
    idle.resume();
    await waitFor(() => idle.isClosed(), 20_000, 'the server closes the idle client');
    await waitFor(() => cardsMap(reader.doc).has(`big${UPDATES - 1}`), 20_000, 'reader synced');
    expect(reader.closeCodes).toEqual([]);
    expect(writer.closeCodes).toEqual([]);
  });
});
