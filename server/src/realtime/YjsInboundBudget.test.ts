import { describe, expect, it } from 'vitest';
import { YjsInboundBudget } from './YjsInboundBudget';

const limits = { burstBytes: 10_000, bytesPerSecond: 1_000, minMessageBytes: 100 };

describe('YjsInboundBudget', () => {
  it('reads a burst at once, then asks to wait as long as the overdraft takes to refill', () => {
    let t = 0;
    const budget = new YjsInboundBudget(limits, () => t);
    expect(budget.charge('u1', 10_000)).toBe(0);
    expect(budget.charge('u1', 500)).toBe(500);
    t = 1_500; // refilled 1,500: 1,000 above zero
    expect(budget.charge('u1', 1_000)).toBe(0);
  });

  it('charges tiny messages at least the minimum, and keeps members apart', () => {
    let t = 0;
    const budget = new YjsInboundBudget(limits, () => t);
    for (let i = 0; i < 100; i++) budget.charge('flooder', 1);
    expect(budget.charge('flooder', 1)).toBe(100);
    expect(budget.charge('colleague', 1)).toBe(0);
    t = 60_000;
    expect(budget.charge('flooder', 1)).toBe(0);
  });
});
