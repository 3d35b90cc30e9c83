import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsMap, getCard, readCard, updateCard } from './boardDoc';
import { BLOCKED_REASON_MAX, cardPatchSchema, DEFAULT_CARD_FIELDS } from '../domain/card';
import type { CardId } from '../domain/ids';

describe('the blocked flag on a card', () => {
  it('defaults to not blocked', () => {
    expect(DEFAULT_CARD_FIELDS.blocked).toBeNull();
  });

  it('accepts null, a reason, or an empty reason, and rejects junk and overlong reasons', () => {
    expect(cardPatchSchema.safeParse({ blocked: null }).success).toBe(true);
    expect(cardPatchSchema.safeParse({ blocked: '' }).success).toBe(true);
    expect(cardPatchSchema.safeParse({ blocked: 'L/C amendment pending' }).success).toBe(true);
    expect(cardPatchSchema.safeParse({ blocked: 'x'.repeat(BLOCKED_REASON_MAX) }).success).toBe(
      true,
    );
    expect(cardPatchSchema.safeParse({ blocked: 'x'.repeat(BLOCKED_REASON_MAX + 1) }).success).toBe(
      false,
    );
    expect(cardPatchSchema.safeParse({ blocked: true }).success).toBe(false);
    expect(cardPatchSchema.safeParse({ blocked: 3 }).success).toBe(false);
  });

  it('reads defensively: a missing key or junk is not blocked, an overlong reason is cut', () => {
    const doc = new Y.Doc();
    const raw = (id: string, blocked?: unknown) => {
      const map = new Y.Map<unknown>();
      cardsMap(doc).set(id, map);
      if (blocked !== undefined) map.set('blocked', blocked);
      return map;
    };
    expect(readCard('old', raw('old')).blocked).toBeNull();
    expect(readCard('bool', raw('bool', true)).blocked).toBeNull();
    expect(readCard('obj', raw('obj', { reason: 'x' })).blocked).toBeNull();
    expect(readCard('empty', raw('empty', '')).blocked).toBe('');
    expect(readCard('why', raw('why', 'artwork')).blocked).toBe('artwork');
    const long = readCard('long', raw('long', 'y'.repeat(BLOCKED_REASON_MAX + 50))).blocked;
    expect(long).toHaveLength(BLOCKED_REASON_MAX);
  });

  it('is written and cleared like any other field', () => {
    const doc = new Y.Doc();
    const id = 'c1' as CardId;
    addCard(
      doc,
      { id, columnId: 'col' as never, laneId: 'lane' as never, position: 'V', createdBy: null },
      1,
    );
    expect(getCard(doc, id)!.blocked).toBeNull();
    updateCard(doc, id, { blocked: "Waiting for customer's artwork approval" }, 2);
    expect(getCard(doc, id)!.blocked).toBe("Waiting for customer's artwork approval");
    updateCard(doc, id, { blocked: null }, 3);
    expect(getCard(doc, id)!.blocked).toBeNull();
  });
});
