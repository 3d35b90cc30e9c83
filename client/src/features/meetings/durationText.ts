/** A length of time in words: the shared rule picks the unit, the messages word it. */
import { durationParts } from '@orderlane/shared';

type T = (key: string, vars?: Record<string, string | number>) => string;

const HOUR = 3_600_000;

export function durationText(hours: number, t: T): string {
  const { unit, count } = durationParts(hours * HOUR);
  return t(`meetings.duration.${unit}`, { count });
}
