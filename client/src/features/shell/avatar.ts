/** A member's colour and initials: stable per person, the same on every screen and device. */

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

/** "Li Wei" → "LW"; "王芳" → "王芳" (Chinese names read best as their last two characters). */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  // "周杰 Zhou Jie": the Chinese part speaks for the person; the pinyin is only a reading aid.
  const han = trimmed.match(/[\u3400-\u9fff]/g);
  if (han) return han.slice(-2).join('');
  const words = trimmed.split(/\s+/);
  const letters =
    words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0], [...words.at(-1)!][0]];
  return letters.join('').toUpperCase();
}
