/**
 * A member's colour: stable per person, the same on every screen and device. Shared because the
 * server stamps it into each board awareness state (with the member's id and name), so a client
 * cannot show itself in someone else's colour.
 */

// Calm, distinguishable hues that keep white initials readable (contrast ≥ 4.5:1).
const PALETTE = [
  '#1f6feb',
  '#0f7b6c',
  '#8250df',
  '#bf3989',
  '#b35900',
  '#2f7d32',
  '#5a6acf',
  '#a0402b',
  '#0e6f8e',
  '#7a5c00',
  '#6e40c9',
  '#c2185b',
];

export function memberColor(userId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length]!;
}
