/** A duration in the one unit people read it in: days from two days up, hours below, minutes below an hour. */
export interface DurationParts {
  unit: 'days' | 'hours' | 'minutes';
  count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Splits a length of time (ms) into a count and unit; the client words it in its language. */
export function durationParts(ms: number): DurationParts {
  const length = Math.max(0, ms);
  if (length >= 2 * DAY) return { unit: 'days', count: Math.floor(length / DAY) };
  if (length >= HOUR) return { unit: 'hours', count: Math.floor(length / HOUR) };
  return { unit: 'minutes', count: Math.floor(length / MINUTE) };
}
