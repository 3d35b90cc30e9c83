import { describe, expect, it } from 'vitest';
import { ID_PATTERN, makeId, newId } from './ids';

describe('newId', () => {
  it('draws ids of the makeId format from the cryptographic source', () => {
    const ids = Array.from({ length: 1_000 }, newId);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-z]{16}$/);
      expect(id).toMatch(ID_PATTERN);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Every character of the alphabet turns up: the source is not stuck on a few values.
    expect(new Set(ids.join('')).size).toBe(36);
  });

  it('is makeId over a random source, so makeId keeps the format', () => {
    expect(makeId(() => 0)).toBe('0'.repeat(16));
    expect(makeId(() => 0.999999)).toBe('z'.repeat(16));
  });
});
