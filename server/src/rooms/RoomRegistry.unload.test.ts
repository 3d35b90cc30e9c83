/**
 * The unload that follows a load: a room nobody is connected to unloads after the idle time,
 * storing what it received first (and compacting), and the next open sees all of it.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harnessPerTest } from './testing/roomHarness';

const UNLOAD_MS = 30;
const startHarness = harnessPerTest({ unloadAfterMs: UNLOAD_MS });

const idle = () => new Promise((resolve) => setTimeout(resolve, UNLOAD_MS * 4));

describe('a room with no connections', () => {
  it('unloads after the idle time, flushing first; a reopen sees everything', async () => {
    const h = startHarness();
    const hooks: string[] = [];
    h.registry.addHooks({
      afterLoad: () => hooks.push('afterLoad'),
      beforeUnload: (room) => hooks.push(`beforeUnload:${room.doc.getMap('notes').size}`),
    });
    const client = h.client().connect();
    await h.settle();
    const first = h.room!;

    // The last edits reach the room, and the client leaves before they are stored.
    client.doc.getMap('notes').set('a', 1);
    client.doc.getMap('notes').set('b', 2);
    client.flushToServer();
    client.disconnect();
    expect(h.registry.size).toBe(1);

    await idle();
    expect(h.registry.size).toBe(0);
    expect(hooks).toEqual(['afterLoad', 'beforeUnload:2']);
    // Compacted on the way out: one snapshot, no log.
    const stored = await h.documents.load(h.boardId);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toEqual([]);

    const reopened = await h.registry.open(h.boardId);
    expect(reopened).not.toBe(first);
    expect(reopened.doc.getMap('notes').toJSON()).toEqual({ a: 1, b: 2 });
    const late = h.client().connect();
    await h.settle();
    expect(late.doc.getMap('notes').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('opened by the server alone, unloads too; a connection in time keeps it', async () => {
    const h = startHarness();
    const room = await h.registry.open(h.boardId);
    await room.changeDocument((doc) => doc.getMap('notes').set('server', true));
    const client = h.client().connect();
    await idle();
    expect(h.registry.get(h.boardId)).toBe(room);

    client.disconnect();
    await idle();
    expect(h.registry.size).toBe(0);
    expect(Y.encodeStateAsUpdate(await h.stored())).toEqual(Y.encodeStateAsUpdate(room.doc));
  });
});
