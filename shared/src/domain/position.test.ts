import { describe, expect, it } from 'vitest';
import {
  compareByPosition,
  isValidPosition,
  placeAmong,
  positionBetween,
  positionsBetween,
  repairTies,
  type Placement,
  type Sibling,
} from './position';

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('positionBetween', () => {
  it('orders new keys strictly between their neighbours', () => {
    const random = seeded(7);
    let keys = [positionBetween(null, null, random)];
    for (let i = 0; i < 500; i++) {
      const at = Math.floor(random() * (keys.length + 1));
      const key = positionBetween(keys[at - 1] ?? null, keys[at] ?? null, random);
      expect(isValidPosition(key)).toBe(true);
      keys = [...keys.slice(0, at), key, ...keys.slice(at)];
    }
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives two concurrent drops into one gap different keys', () => {
    const a = positionBetween('V', 'k', seeded(1));
    const b = positionBetween('V', 'k', seeded(2));
    expect(a).not.toBe(b);
  });

  it('refuses reversed bounds', () => {
    expect(() => positionBetween('k', 'V')).toThrow();
  });
});

describe('positionsBetween', () => {
  it('spreads many keys evenly and keeps them short', () => {
    const keys = positionsBetween(null, null, 10_000);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(10_000);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
  });
});

describe('repairTies', () => {
  it('makes tied positions unique without changing the order', () => {
    const items = [
      { id: 'a', position: 'V' },
      { id: 'b', position: 'V' },
      { id: 'c', position: 'V' },
      { id: 'd', position: 'k' },
    ].sort(compareByPosition);
    const changes = repairTies(items, seeded(3));
    const repaired = items.map((i) => ({ ...i, position: changes.get(i.id) ?? i.position }));
    expect(repaired.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...repaired].sort(compareByPosition).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(repaired.map((i) => i.position)).size).toBe(4);
  });
});

describe('repairTies with keys a foreign peer wrote', () => {
  it('replaces invalid keys with valid ones in place, keeping the order', () => {
    const items = [
      { id: 'empty', position: '' },
      { id: 'a', position: 'F' },
      { id: 'zero', position: 'F0' },
      { id: 'bad', position: 'F!' },
      { id: 'b', position: 'V' },
      { id: 'tie', position: 'V' },
      { id: 'long', position: 'k'.repeat(600) },
    ].sort(compareByPosition);
    const order = items.map((i) => i.id);
    const changes = repairTies(items, seeded(9));
    const repaired = items.map((i) => ({ ...i, position: changes.get(i.id) ?? i.position }));
    expect(repaired.every((i) => isValidPosition(i.position))).toBe(true);
    expect([...repaired].sort(compareByPosition).map((i) => i.id)).toEqual(order);
    expect(new Set(repaired.map((i) => i.position)).size).toBe(items.length);
    expect([...changes.keys()].sort()).toEqual(['bad', 'empty', 'long', 'tie', 'zero']);
  });
});

// `placeAmong` is tested in a compact notation: a list is its ids in order ('a b c'); ids joined
// by '=' share one position (a tie, as concurrent drops or a foreign peer can leave). X is new.
/** 'a b=c d' → a, then b and c on one key, then d. */
function list(notation: string): Sibling[] {
  const groups = notation.split(' ').filter(Boolean);
  const keys = positionsBetween(null, null, groups.length);
  return groups.flatMap((group, i) => group.split('=').map((id) => ({ id, position: keys[i]! })));
}

const order = (items: readonly Sibling[]) => [...items].sort(compareByPosition).map((s) => s.id);

const where = (p: { before?: string; after?: string }): Placement => ({
  beforeId: p.before ?? null,
  afterId: p.after ?? null,
});

/** Inserts X into `start` and expects the order `expected`. */
function expectPlacement(
  start: string,
  placement: { before?: string; after?: string },
  expected: string,
) {
  const siblings = list(start);
  const position = placeAmong(siblings, where(placement), seeded(start.length));
  expect(isValidPosition(position)).toBe(true);
  expect(order([...siblings, { id: 'X', position }]).join(' ')).toBe(expected);
}

/** Moves `id` of `start` and expects the order `expected`. */
function expectMove(
  start: string,
  id: string,
  placement: { before?: string; after?: string },
  expected: string,
) {
  const all = list(start);
  const others = all.filter((s) => s.id !== id);
  const position = placeAmong(others, where(placement), seeded(7));
  expect(order([...others, { id, position }]).join(' ')).toBe(expected);
}

describe('placeAmong', () => {
  it('inserts before or after a neighbour, at either end and in the middle', () => {
    expectPlacement('a b c', { after: 'a' }, 'a X b c');
    expectPlacement('a b c', { before: 'b' }, 'a X b c');
    expectPlacement('a b c', { before: 'a' }, 'X a b c');
    expectPlacement('a b c', { after: 'c' }, 'a b c X');
    expectPlacement('a b c', {}, 'a b c X');
    expectPlacement('a', { before: 'a' }, 'X a');
    expectPlacement('a', { after: 'a' }, 'a X');
  });

  it('places into an empty list', () => {
    expectPlacement('', {}, 'X');
    expectPlacement('', { before: 'a' }, 'X');
  });

  it('moves in both directions', () => {
    expectMove('a b c', 'c', { before: 'a' }, 'c a b');
    expectMove('a b c', 'a', { after: 'c' }, 'b c a');
    expectMove('a b c', 'a', { before: 'c' }, 'b a c');
    expectMove('a b c', 'c', { after: 'a' }, 'a c b');
    expectMove('a b c', 'b', { after: 'a' }, 'a b c');
    expectMove('a b c', 'b', {}, 'a c b');
  });

  it('lets beforeId win over afterId', () => {
    expectPlacement('a b c', { before: 'a', after: 'b' }, 'X a b c');
  });

  it('goes to the end when the named neighbour is gone (deleted concurrently)', () => {
    expectPlacement('a b c', { before: 'gone' }, 'a b c X');
    expectPlacement('a b c', { after: 'gone' }, 'a b c X');
    expectPlacement('a b c', { before: 'gone', after: 'a' }, 'a X b c');
    expectMove('a b c', 'a', { before: 'a' }, 'b c a');
  });

  it('keeps the named side of a neighbour whose position ties with another', () => {
    // Before c: below the tied key, so before b too. After b: above it, so after c too.
    expectPlacement('a b=c d', { before: 'c' }, 'a X b c d');
    expectPlacement('a b=c d', { after: 'b' }, 'a b c X d');
    expectPlacement('a b=c d', { before: 'b' }, 'a X b c d');
    expectPlacement('a b=c d', { after: 'c' }, 'a b c X d');
    expectPlacement('a=b', { before: 'a' }, 'X a b');
    expectPlacement('a=b', { after: 'a' }, 'a b X');
    expectPlacement('a=b=c', {}, 'a b c X');
  });

  it('takes unordered siblings in (position, id) order', () => {
    const siblings = list('a b c').reverse();
    const position = placeAmong(siblings, { afterId: 'a' }, seeded(1));
    expect(order([...siblings, { id: 'X', position }]).join(' ')).toBe('a X b c');
  });

  it('passes over positions that are not valid keys', () => {
    const siblings = [
      { id: 'a', position: 'F' },
      { id: 'j', position: '' },
      { id: 'k', position: 'Q0' },
      { id: 'b', position: 'V' },
    ];
    const position = placeAmong(siblings, { beforeId: 'b' }, seeded(2));
    expect(isValidPosition(position)).toBe(true);
    expect(position > 'F' && position < 'V').toBe(true);
    expect(isValidPosition(placeAmong(siblings, { afterId: 'j' }))).toBe(true);
    expect(isValidPosition(placeAmong(siblings, { beforeId: 'j' }))).toBe(true);
  });

  it('gives concurrent inserts into one gap different keys, and none without randomness', () => {
    const siblings = list('a b');
    const one = placeAmong(siblings, { afterId: 'a' }, seeded(1));
    const other = placeAmong(siblings, { afterId: 'a' }, seeded(2));
    expect(one).not.toBe(other);
    for (const key of [one, other])
      expect(order([...siblings, { id: 'X', position: key }])).toEqual(['a', 'X', 'b']);
    expect(placeAmong(siblings, { afterId: 'a' })).toBe(placeAmong(siblings, { afterId: 'a' }));
  });
});
