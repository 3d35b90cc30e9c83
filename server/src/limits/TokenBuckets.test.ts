import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './TokenBuckets';

describe('TokenBuckets', () => {
  it('gives a burst, then one token per refill period, per key', () => {
    let t = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillMs: 1_000 }, () => t);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    expect(buckets.waitMs('a')).toBe(1_000);
    t = 999;
    expect(buckets.take('a')).toBe(false);
    t = 1_000;
    expect(buckets.take('a')).toBe(true);
    t = 1_000_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
  });

  it('charges into debt and says how long the debt lasts', () => {
    let t = 0;
    const buckets = new TokenBuckets({ capacity: 10_000, refillMs: 1 }, () => t);
    expect(buckets.charge('u', 10_000)).toBe(0);
    expect(buckets.charge('u', 500)).toBe(500);
    expect(buckets.take('u')).toBe(false);
    t = 1_500;
    expect(buckets.charge('u', 1_000)).toBe(0);
  });
});
