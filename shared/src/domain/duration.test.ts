import { describe, expect, it } from 'vitest';
import { durationParts } from './duration';

const HOUR = 3_600_000;

describe('durationParts', () => {
  it('counts whole days from two days up, never 926 h', () => {
    expect(durationParts(926 * HOUR)).toEqual({ unit: 'days', count: 38 });
    expect(durationParts(48 * HOUR)).toEqual({ unit: 'days', count: 2 });
  });

  it('counts hours below two days', () => {
    expect(durationParts(47 * HOUR + 59 * 60_000)).toEqual({ unit: 'hours', count: 47 });
    expect(durationParts(HOUR)).toEqual({ unit: 'hours', count: 1 });
  });

  it('counts minutes below an hour, and never goes negative', () => {
    expect(durationParts(59 * 60_000)).toEqual({ unit: 'minutes', count: 59 });
    expect(durationParts(-5)).toEqual({ unit: 'minutes', count: 0 });
  });
});
