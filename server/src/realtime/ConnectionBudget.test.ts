import { describe, expect, it } from 'vitest';
import { ConnectionBudget } from './ConnectionBudget';

describe('ConnectionBudget', () => {
  it('refuses past the burst and past the open cap, per member, and frees on close', () => {
    let t = 0;
    const budget = new ConnectionBudget({ capacity: 3, refillMs: 1_000, maxOpen: 4 }, () => t);
    expect([1, 2, 3, 4].map(() => budget.opened('a'))).toEqual([null, null, null, 'too_fast']);
    expect(budget.opened('b')).toBeNull();
    t = 10_000;
    expect(budget.opened('a')).toBeNull();
    expect(budget.opened('a')).toBe('too_many');
    budget.closed('a');
    expect(budget.opened('a')).toBeNull();
  });
});
