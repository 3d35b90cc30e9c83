import { describe, expect, it } from 'vitest';
import { addDays, dueState, isoDay } from './dueDate';

describe('dueState', () => {
  const today = '2026-03-31';

  it('classifies due dates around today', () => {
    expect(dueState(null, today)).toBe('none');
    expect(dueState('2026-03-30', today)).toBe('overdue');
    expect(dueState('2025-12-31', today)).toBe('overdue');
    expect(dueState('2026-03-31', today)).toBe('today');
    expect(dueState('2026-04-01', today)).toBe('soon');
    expect(dueState('2026-04-02', today)).toBe('soon');
    expect(dueState('2026-04-03', today)).toBe('later');
  });

  it('never calls a done card overdue', () => {
    expect(dueState('2026-01-01', today, { done: true })).toBe('none');
  });

  it('honours a custom soon window', () => {
    expect(dueState('2026-04-01', today, { soonDays: 0 })).toBe('later');
    expect(dueState('2026-04-07', today, { soonDays: 7 })).toBe('soon');
  });
});

describe('calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('formats the local calendar day with zero padding', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
