/**
 * Fractional ordering keys. A key is the digits of a fraction in (0, 1) written in base 62,
 * so keys compare with plain string comparison and there is always room between two keys.
 * New keys get random jitter, so two people dropping into the same gap at the same moment do
 * not produce the same key; order is always by (position, id), so a tie still sorts the same
 * everywhere, and `repairTies` spreads tied keys apart.
 */
import type { Random } from './ids';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const JITTER_DIGITS = 3;

export function isValidPosition(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 512) return false;
  if (key.endsWith('0')) return false;
  for (const ch of key) if (!DIGITS.includes(ch)) return false;
  return true;
}

/** The shortest key strictly between a and b ('' = before everything, null = after everything). */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a[0]!) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]!) : BASE;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA]! + midpoint(a.slice(1), null);
}

/**
 * A key strictly between `before` and `after` (either may be null for an open end).
 * With `random`, the key carries jitter so concurrent inserts into one gap differ.
 */
export function positionBetween(
  before: string | null,
  after: string | null,
  random?: Random,
): string {
  const a = before ?? '';
  if (after !== null && a >= after) {
    throw new Error(
      `positionBetween: ${JSON.stringify(before)} is not before ${JSON.stringify(after)}`,
    );
  }
  const mid = midpoint(a, after);
  if (!random) return mid;
  let suffix = '';
  for (let i = 0; i < JITTER_DIGITS; i++) {
    // 1..BASE-1, so the key never ends with the zero digit.
    suffix += DIGITS[1 + Math.floor(random() * (BASE - 1))];
  }
  const jittered = mid + suffix;
  return after === null || jittered < after ? jittered : mid;
}

/** `count` evenly spread keys between before and after, in order (for bulk creation). */
export function positionsBetween(
  before: string | null,
  after: string | null,
  count: number,
): string[] {
  if (count <= 0) return [];
  if (count === 1) return [positionBetween(before, after)];
  const middleIndex = Math.floor(count / 2);
  const middle = positionBetween(before, after);
  return [
    ...positionsBetween(before, middle, middleIndex),
    middle,
    ...positionsBetween(middle, after, count - middleIndex - 1),
  ];
}

/** The order every replica agrees on: by position, then by id. */
export function compareByPosition(
  a: { position: string; id: string },
  b: { position: string; id: string },
): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Given items sorted by (position, id), returns new positions for the items whose position ties
 * with the one before them, or is not a valid key at all (a foreign peer can write anything), so
 * that afterwards every position is a unique valid key and the order is kept.
 */
export function repairTies<T extends { position: string; id: string }>(
  sorted: readonly T[],
  random?: Random,
): Map<string, string> {
  const changes = new Map<string, string>();
  let previous: string | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i]!;
    const current = item.position;
    if (isValidPosition(current) && (previous === null || current > previous)) {
      previous = current;
      continue;
    }
    // The next valid key above this one bounds the fresh key, so the order stays as it was.
    let next: string | null = null;
    for (let j = i + 1; j < sorted.length; j++) {
      const candidate = sorted[j]!.position;
      if (isValidPosition(candidate) && (previous === null || candidate > previous)) {
        next = candidate;
        break;
      }
    }
    const fresh = positionBetween(previous, next, random);
    changes.set(item.id, fresh);
    previous = fresh;
  }
  return changes;
}

/** An item of an ordered list, as `placeAmong` sees it. */
export interface Sibling {
  id: string;
  position: string;
}

/** Where to put an item: right before `beforeId`, else right after `afterId`, else at the end. */
export interface Placement {
  beforeId?: string | null;
  afterId?: string | null;
}

/**
 * The position that puts an item at `placement` among `siblings`: the other items of its list,
 * without the item itself, in any order (they are taken in (position, id) order, the order
 * every replica agrees on). `beforeId` wins over `afterId`; a neighbour that is not among the
 * siblings (deleted concurrently, or moved to another list) counts as not given, so the item
 * goes to the end rather than nowhere. Siblings whose position is not a valid key (a foreign
 * peer wrote it) are passed over. With `random` the key carries jitter, so two people dropping
 * into the same gap at the same moment get different keys; without it the key is the same on
 * every replica (a computed list that is not written yet).
 *
 * Ties: equal keys leave no room between them, and a placement returns one key, so the named
 * neighbour decides. Placed before `X`, the item lands just below X's key (before every item
 * tied with X); placed after `X`, just above it (after every item tied with X). Either way the
 * item is on the side of X that was asked for, on every replica. Spreading tied keys apart is
 * `repairTies`' job.
 */
export function placeAmong(
  siblings: readonly Sibling[],
  placement: Placement,
  random?: Random,
): string {
  const sorted = [...siblings].sort(compareByPosition);
  const indexOf = (id: string | null | undefined) =>
    id ? sorted.findIndex((s) => s.id === id) : -1;
  const before = indexOf(placement.beforeId);
  const after = before < 0 ? indexOf(placement.afterId) : -1;
  const keys = sorted.map((s) => s.position).filter(isValidPosition);
  // `keys` is in order too: the bounds are the nearest valid keys on either side of the anchor.
  let lower: string | null;
  let upper: string | null;
  if (before >= 0) {
    const anchor = sorted[before]!.position;
    upper = keys.find((k) => k >= anchor) ?? null;
    lower = keys.findLast((k) => upper === null || k < upper) ?? null;
  } else if (after >= 0) {
    const anchor = sorted[after]!.position;
    lower = keys.findLast((k) => k <= anchor) ?? null;
    upper = keys.find((k) => k > anchor) ?? null;
  } else {
    lower = keys.at(-1) ?? null;
    upper = null;
  }
  return positionBetween(lower, upper, random);
}
