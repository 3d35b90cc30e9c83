import { describe, expect, it } from 'vitest';
import { parseView } from './boardView';
import { activeFilterCount } from './filterCount';

describe('activeFilterCount', () => {
  it('counts owner, customer, risk, overdue and blocked, not the search or the grouping', () => {
    expect(activeFilterCount(parseView(new URLSearchParams('q=x&group=owner')))).toBe(0);
    expect(activeFilterCount(parseView(new URLSearchParams('owner=u1&risk=1')))).toBe(2);
    expect(
      activeFilterCount(parseView(new URLSearchParams('owner=-&customer=ACME&risk=1&overdue=1'))),
    ).toBe(4);
    expect(activeFilterCount(parseView(new URLSearchParams('blocked=1&overdue=1')))).toBe(2);
  });
});
