/**
 * A group commit whose append fails: nothing of it is acknowledged or shown, its senders are
 * closed with a retryable code, and what they resend on reconnect is stored once the storage
 * works again. The storage is real; its append is made to fail once.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harnessPerTest } from './testing/roomHarness';
import { failOnce } from './testing/gates';

const startHarness = harnessPerTest();

describe('a group commit whose append fails', () => {
  it('acknowledges nothing, closes its senders (1011), and takes their resend', async () => {
    const h = startHarness();
    const writer = h.client().connect();
    const watcher = h.client().connect();
    await h.settle();

    failOnce(h.documents, 'append');
    writer.doc.getMap('notes').set('lost?', 'no');
    writer.flushToServer();
    await h.room!.flush();

    expect(writer.closedByServer).toEqual({ code: 1011, reason: 'storage error' });
    expect(writer.ackedClock()).toBeLessThan(Y.getState(writer.doc.store, writer.doc.clientID));
    expect(h.room!.doc.getMap('notes').get('lost?')).toBeUndefined();
    watcher.flushToClient();
    expect(watcher.doc.getMap('notes').get('lost?')).toBeUndefined();
    expect((await h.stored()).getMap('notes').get('lost?')).toBeUndefined();
    // Only the sender is refused: the watcher stays.
    expect(watcher.isConnected).toBe(true);

    // The provider reconnects; its step 2 carries the change again.
    writer.connect();
    await h.settle();
    expect(writer.ackedClock()).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
    expect(watcher.doc.getMap('notes').get('lost?')).toBe('no');
    expect((await h.stored()).getMap('notes').get('lost?')).toBe('no');
  });

  it('leaves a later update of its sender waiting in the room, and never hands it on', async () => {
    const h = startHarness();
    const writer = h.client({ userId: 'ana' }).connect();
    const other = h.client({ userId: 'bo' }).connect();
    other.doc.getMap('notes').set('other', 0);
    await h.settle();
    // The first append fails only once the writer's second update is already queued behind it.
    let fail!: () => void;
    failOnce(h.documents, 'append', { until: new Promise<void>((resolve) => (fail = resolve)) });
    const notes = writer.doc.getMap('notes');
    notes.set('first', 1);
    writer.flushToServer();
    await new Promise((resolve) => setImmediate(resolve));
    notes.set('second', 2);
    writer.flushToServer();
    fail();
    await h.room!.flush();
    expect(writer.closedByServer?.code).toBe(1011);
    // The second update is stored, but waits in the room for the first it builds on.
    expect(h.room!.doc.store.pendingStructs).not.toBeNull();

    // Someone who syncs now gets nothing of it, so has nothing of another's to send back.
    other.disconnect();
    other.connect();
    await h.settle();
    expect(other.doc.store.pendingStructs).toBeNull();
    other.doc.getMap('notes').set('other', 3);
    await h.settle();
    expect(other.closedByServer).toBeNull();

    // The writer's provider reconnects and resends the first: everything lands everywhere.
    writer.connect();
    await h.settle();
    const all = { first: 1, second: 2, other: 3 };
    expect(writer.doc.getMap('notes').toJSON()).toEqual(all);
    expect(other.doc.getMap('notes').toJSON()).toEqual(all);
    expect((await h.stored()).getMap('notes').toJSON()).toEqual(all);
  });

  it('of a server change: the change is undone everywhere and the caller is told', async () => {
    const h = startHarness();
    const client = h.client().connect();
    await h.settle();
    const room = h.room!;

    failOnce(h.documents, 'append');
    const change = room.changeDocument((doc) => doc.getMap('notes').set('renamed', true));
    await expect(change).rejects.toThrow('disk full');
    expect(room.undurableChanges).toBe(0);

    // No client ever sees it: not the one connected, not one that joins now.
    client.flushToClient();
    expect(client.doc.getMap('notes').get('renamed')).toBeUndefined();
    const late = h.client().connect();
    await h.settle();
    expect(late.doc.getMap('notes').get('renamed')).toBeUndefined();
    expect(client.doc.getMap('notes').get('renamed')).toBeUndefined();

    // Nor does storage, even after the room unloads (a compaction must not store it either).
    await h.restart();
    expect((await h.stored()).getMap('notes').get('renamed')).toBeUndefined();

    // The next change goes through as usual.
    const reopened = await h.registry.open(h.boardId);
    await reopened.changeDocument((doc) => doc.getMap('notes').set('renamed', 'later'));
    expect((await h.stored()).getMap('notes').get('renamed')).toBe('later');
  });
});
