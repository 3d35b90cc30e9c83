/** A member's colour and initials: stable per person, the same on every screen and device. */

// The colour is a rule shared with the server, which stamps it into board awareness.
export { memberColor } from '@orderlane/shared';

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
