import { describe, expect, it } from 'vitest';
import {
  compareByPosition,
  isValidPosition,
  positionBetween,
  positionsBetween,
  repairTies,
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
