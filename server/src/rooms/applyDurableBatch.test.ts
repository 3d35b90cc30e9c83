import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyDurableBatch, type DurableUpdate } from './applyDurableBatch';
import { validateUpdate } from './validateUpdate';

/** v1 update: client 7, clock 0, one string item 'x' whose origin is 7:0, itself. */
const SELF_ORIGIN = Uint8Array.of(1, 1, 7, 0, 0x84, 7, 0, 1, 0x78, 0);

function cardWrite(key: string): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.getMap('cards').set(key, key.toUpperCase());
  return update!;
}

function durable(update: Uint8Array, origin: string): DurableUpdate<string> {
  return { ...validateUpdate(update), update, origin };
}

const options = { isAlreadyApplied: () => false, transactionOrigin: (o: string) => o };

describe('applyDurableBatch', () => {
  it('applies everyone else when one update of the batch throws in Yjs', () => {
    const doc = new Y.Doc();
    expect(() => Y.applyUpdate(new Y.Doc(), SELF_ORIGIN)).toThrow();
    const poisoned: DurableUpdate<string> = {
      update: SELF_ORIGIN,
      origin: 'hostile',
      empty: false,
      ends: new Map([[7, 1]]),
      deleteEnds: new Map(),
    };
    const batch = [durable(cardWrite('a'), 'alice'), poisoned, durable(cardWrite('c'), 'carol')];

    const result = applyDurableBatch(doc, batch, options);

    expect(result.failed.map((f) => f.update.origin)).toEqual(['hostile']);
    expect(result.stored).toBe(3);
    expect(doc.getMap('cards').toJSON()).toEqual({ a: 'A', c: 'C' });
    const seen = new Y.Doc();
    Y.applyUpdate(seen, result.added!);
    expect(seen.getMap('cards').toJSON()).toEqual({ a: 'A', c: 'C' });
    expect(result.echoAlone.map((u) => u.origin)).not.toContain('hostile');
  });

  it('counts updates as applied when an observer of the document throws', () => {
    const doc = new Y.Doc();
    doc.getMap('cards').observe(() => {
      throw new Error('observer bug');
    });
    const result = applyDurableBatch(doc, [durable(cardWrite('a'), 'alice')], options);
    expect(result.observerErrors).toHaveLength(1);
    expect(result.failed).toEqual([]);
    expect(doc.getMap('cards').toJSON()).toEqual({ a: 'A' });
    expect(result.added).not.toBeNull();
  });
});
