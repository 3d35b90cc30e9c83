/** The rooms' lifecycle hooks: when each runs, with what, and that a throwing hook is contained. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harnessPerTest } from './testing/roomHarness';
import { failOnce } from './testing/gates';
import type { UpdateOrigin } from './UpdateOrigin';

const startHarness = harnessPerTest();

describe('room hooks', () => {
  it('run after load, on each change with its author, and before unload', async () => {
    const h = startHarness();
    await h.documents.append(h.boardId, [storedNote()]);
    const events: string[] = [];
    const describeOrigin = (o: UpdateOrigin) => `${o.source}:${o.author?.userId ?? '-'}`;
    h.registry.addHooks({
      afterLoad: (room) => events.push(`afterLoad:${room.doc.getMap('notes').size}`),
      onChange: (_, update, origin) => {
        expect(update.byteLength).toBeGreaterThan(0);
        events.push(`change:${describeOrigin(origin)}`);
      },
      beforeUnload: () => events.push('beforeUnload'),
    });
    const client = h.client({ userId: 'ana' }).connect();
    await h.settle();
    client.doc.getMap('notes').set('mine', 1);
    await h.settle();
    await h.room!.changeDocument((doc) => doc.getMap('notes').set('server', 1), client.info.auth);
    await h.restart();
    // The stored log replayed while loading is not a change.
    expect(events).toEqual([
      'afterLoad:1',
      'change:connection:ana',
      'change:server:ana',
      'beforeUnload',
    ]);
  });

  it('report the undo of a server change that threw as the same server change', async () => {
    const h = startHarness();
    const origins: string[] = [];
    h.registry.addHooks({ onChange: (_, __, origin) => origins.push(origin.source) });
    const room = await h.registry.open(h.boardId);
    const change = room.changeDocument((doc) => {
      doc.getMap('notes').set('half', 1);
      throw new Error('midway');
    });
    await expect(change).rejects.toThrow('midway');
    expect(origins).toEqual(['server', 'server']);
    expect(room.doc.getMap('notes').get('half')).toBeUndefined();
  });

  it('skip afterLoad and beforeUnload for a room whose load failed; open says why', async () => {
    const h = startHarness();
    const events: string[] = [];
    h.registry.addHooks({
      afterLoad: () => events.push('afterLoad'),
      beforeUnload: () => events.push('beforeUnload'),
    });
    failOnce(h.documents, 'load');
    await expect(h.registry.open(h.boardId)).rejects.toThrow(/could not be loaded/);
    expect(events).toEqual([]);
    // The next open loads afresh.
    await h.registry.open(h.boardId);
    expect(events).toEqual(['afterLoad']);
  });

  it('that throw are contained: the room and the other hooks carry on', async () => {
    const h = startHarness();
    const seen: string[] = [];
    h.registry.addHooks({
      afterLoad: () => {
        throw new Error('broken hook');
      },
      onChange: () => {
        throw new Error('broken hook');
      },
    });
    const remove = h.registry.addHooks({ onChange: () => seen.push('change') });
    const writer = h.client().connect();
    const reader = h.client().connect();
    await h.settle();
    writer.doc.getMap('notes').set('x', 1);
    await h.settle();
    expect(reader.doc.getMap('notes').get('x')).toBe(1);
    expect(writer.closedByServer).toBeNull();
    expect(seen).toEqual(['change']);

    remove();
    writer.doc.getMap('notes').set('y', 1);
    await h.settle();
    expect(seen).toEqual(['change']);
  });
});

function storedNote(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('notes').set('stored', 1);
  return Y.encodeStateAsUpdate(doc);
}
