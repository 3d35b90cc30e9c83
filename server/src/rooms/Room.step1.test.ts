/** Answers to a client's sync step 1: after the load, one in flight, never ahead of durability. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harnessPerTest, type RoomHarness } from './testing/roomHarness';
import { holdCalls } from './testing/gates';

const startHarness = harnessPerTest();

/** A board whose stored log already holds one entry. */
async function storedBoard(): Promise<RoomHarness> {
  const harness = startHarness();
  const doc = new Y.Doc();
  doc.getMap('notes').set('stored', 'before the room loaded');
  await harness.documents.append(harness.boardId, [Y.encodeStateAsUpdate(doc)]);
  return harness;
}

describe('a client step 1 that arrives while the room loads', () => {
  it('is answered once the stored document is in, with what it holds', async () => {
    const h = await storedBoard();
    const load = holdCalls(h.documents, 'load');
    const client = h.client().connect();
    expect(client.flushToServer()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(load.calls).toBe(1);
    // Loading: nothing is answered, not even the room's own step 1.
    expect(client.queuedToClient()).toEqual([]);

    load.release();
    await h.registry.open(h.boardId);
    expect(client.queuedToClient()).toEqual(['step1', 'step2']);
    client.flushToClient();
    expect(client.doc.getMap('notes').get('stored')).toBe('before the room loaded');
  });
});

describe('step 2 answers to one connection', () => {
  it('keep one in flight: asks meanwhile fold into one answer, sent after the first left', async () => {
    const h = await storedBoard();
    const client = h.client().connect();
    await h.registry.open(h.boardId);
    client.flushToServer();
    expect(client.queuedToClient()).toEqual(['step1', 'step2']);

    // The first answer has not left yet (not flushed to the client): three more asks wait.
    client.requestSync();
    client.requestSync();
    client.requestSync();
    client.flushToServer();
    expect(client.queuedToClient()).toEqual(['step1', 'step2']);

    // Once it has left, the folded asks get ONE answer.
    client.flushToClient();
    expect(client.queuedToClient()).toEqual(['step2']);
    client.flushToClient();
    expect(client.queuedToClient()).toEqual([]);
  });

  it('wait while a server change is not yet durable, then show it', async () => {
    const h = await storedBoard();
    const room = await h.registry.open(h.boardId);
    const append = holdCalls(h.documents, 'append');
    const change = room.changeDocument((doc) => doc.getMap('notes').set('server', 'renamed'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(room.undurableChanges).toBe(1);

    const client = h.client().connect();
    client.flushToServer();
    // Greeted, but the step 2 that would show the change is held back.
    expect(client.queuedToClient()).toEqual(['step1']);
    client.flushToClient();
    expect(client.doc.getMap('notes').get('server')).toBeUndefined();

    append.release();
    await change;
    expect(room.undurableChanges).toBe(0);
    // The broadcast of the now durable change, then the held-back answer.
    expect(client.queuedToClient()).toEqual(['update', 'step2']);
    client.flushToClient();
    expect(client.doc.getMap('notes').toJSON()).toEqual({
      stored: 'before the room loaded',
      server: 'renamed',
    });
  });
});
