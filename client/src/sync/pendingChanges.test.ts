/**
 * Pending counting with real Y.Docs: a "server" doc echoes what it accepts, the way the real
 * server does, and updates from it are applied with the provider's origin.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PendingChanges } from './pendingChanges';

const PROVIDER = { name: 'provider' };

function setup() {
  const client = new Y.Doc();
  const server = new Y.Doc();
  const pending = new PendingChanges();
  const outbox: Uint8Array[] = [];
  client.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (tr.local) {
      pending.noteLocalUpdate(update, client.clientID);
      outbox.push(update);
    }
  });
  /** A message from the server, seen by the connection and then applied by the provider. */
  const receive = (update: Uint8Array) => {
    pending.noteServerUpdate(update);
    Y.applyUpdate(client, update, PROVIDER);
  };
  /** The server accepts the next `n` queued updates and echoes each back. */
  const deliver = (n = outbox.length) => {
    for (const update of outbox.splice(0, n)) {
      Y.applyUpdate(server, update);
      receive(update);
    }
  };
  return { client, server, pending, outbox, deliver, receive };
}

describe('PendingChanges', () => {
  it('counts each local transaction until the server echoes it', () => {
    const { client, pending, deliver } = setup();
    const cards = client.getMap('cards');
    cards.set('a', 'one');
    cards.set('b', 'two');
    client.transact(() => {
      cards.set('c', 'three');
      cards.set('d', 'four');
    });
    expect(pending.count).toBe(3);
    deliver(1);
    expect(pending.count).toBe(2);
    deliver();
    expect(pending.count).toBe(0);
  });

  it("another person's update does not acknowledge mine", () => {
    const { client, pending, receive } = setup();
    const other = new Y.Doc();
    client.getMap('cards').set('mine', 1);
    other.getMap('cards').set('theirs', 2);
    receive(Y.encodeStateAsUpdate(other));
    expect(pending.count).toBe(1);
    expect(client.getMap('cards').get('theirs')).toBe(2);
  });

  it('counts a delete-only change until a server update covers the deletion', () => {
    const { client, pending, deliver, server, receive } = setup();
    const cards = client.getMap('cards');
    cards.set('a', 'one');
    deliver();
    cards.delete('a');
    expect(pending.count).toBe(1);
    // An unrelated server update does not acknowledge the deletion.
    const other = new Y.Doc();
    other.getMap('lanes').set('x', 1);
    receive(Y.encodeStateAsUpdate(other));
    expect(pending.count).toBe(1);
    deliver();
    expect(pending.count).toBe(0);
    expect(server.getMap('cards').has('a')).toBe(false);
  });

  it('a sync step 2 after reconnecting acknowledges what the server already holds', () => {
    const { client, server, pending, outbox } = setup();
    client.getMap('cards').set('a', 'one');
    // The server got the update but the echo was lost with the connection.
    Y.applyUpdate(server, outbox.shift()!);
    expect(pending.count).toBe(1);
    pending.noteServerStateVector(Y.decodeStateVector(Y.encodeStateVector(server)));
    expect(pending.count).toBe(0);
  });

  it('changes of an earlier session are restored and acknowledged by the state vector', () => {
    const { client, server, outbox } = setup();
    client.getMap('cards').set('a', 'one');
    client.getMap('cards').set('b', 'two');
    // Reload: a new doc loads the old one's content (as from IndexedDB) under a new client id.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(client), 'indexeddb');
    const counts: number[] = [];
    const pending = new PendingChanges((changes) => counts.push(changes.length));
    const earlier = [
      { client: client.clientID, clock: 1, deletes: [] },
      { client: client.clientID, clock: 2, deletes: [] },
      { client: 12345, clock: 9, deletes: [] }, // not in the local document: dropped
    ];
    pending.restore(earlier, Y.decodeStateVector(Y.encodeStateVector(reloaded)));
    expect(pending.count).toBe(2);
    // The badge learns the restored count at once.
    expect(counts).toEqual([2]);
    Y.applyUpdate(server, outbox.shift()!);
    pending.noteServerStateVector(Y.decodeStateVector(Y.encodeStateVector(server)));
    expect(pending.count).toBe(1);
    Y.applyUpdate(server, outbox.shift()!);
    pending.noteServerUpdate(Y.encodeStateAsUpdate(server));
    expect(pending.count).toBe(0);
  });

  it('updates loaded from IndexedDB (not local transactions) are not counted', () => {
    const { client, pending } = setup();
    const stored = new Y.Doc();
    stored.getMap('cards').set('a', 1);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(stored), 'indexeddb');
    expect(pending.count).toBe(0);
  });
});
