/**
 * The display layer between a card's stored notes and its textarea: the stored text holds mention
 * tokens (`@{user:…}`), the textarea shows names (`@Zhou Jie`, `@物流`). A view records where each
 * mention sits in both texts, so display offsets (caret, typed changes) translate to exact stored
 * offsets and back. Mentions are atomic: a change that touches a name changes the whole token.
 * Names come from `renderMentionSegments`, so the token grammar stays in shared/.
 */
import { mentionToken, renderMentionSegments, type MentionLookup } from '@orderlane/shared';

/** One change of a text: remove `remove` characters at `index`, then insert `insert` there. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

export interface MentionSpan {
  stored: number;
  storedLength: number;
  display: number;
  displayLength: number;
}

export interface DisplayText {
  stored: string;
  display: string;
  /** The mentions, in order; empty when the text is shown as stored. */
  spans: MentionSpan[];
}

/** Where a position strictly inside a mention goes: before or after the whole mention. */
export type Snap = 'start' | 'end';

/** The text shown exactly as stored (no mention names): offsets map to themselves. */
export function plainDisplay(stored: string): DisplayText {
  return { stored, display: stored, spans: [] };
}

/** The stored text with every mention token shown as its name. */
export function mentionDisplay(stored: string, lookup: MentionLookup): DisplayText {
  const spans: MentionSpan[] = [];
  let display = '';
  let at = 0;
  for (const segment of renderMentionSegments(stored, lookup)) {
    if (segment.type === 'mention') {
      const token = mentionToken(segment.target);
      spans.push({
        stored: at,
        storedLength: token.length,
        display: display.length,
        displayLength: segment.label.length,
      });
      display += segment.label;
      at += token.length;
    } else {
      display += segment.text;
      at += segment.text.length;
    }
  }
  // Segments always rebuild the stored text; if that ever fails, showing tokens beats a wrong map.
  return at === stored.length ? { stored, display, spans } : plainDisplay(stored);
}

function convert(view: DisplayText, position: number, snap: Snap, from: 'display' | 'stored') {
  const to = from === 'display' ? 'stored' : 'display';
  const fromLength = from === 'display' ? 'displayLength' : 'storedLength';
  const toLength = from === 'display' ? 'storedLength' : 'displayLength';
  let shift = 0;
  for (const span of view.spans) {
    const start = span[from];
    const end = start + span[fromLength];
    if (position <= start) break;
    if (position < end) return snap === 'start' ? span[to] : span[to] + span[toLength];
    shift = span[to] + span[toLength] - end;
  }
  return position + shift;
}

/** The stored offset of a display offset (caret, selection end). */
export function toStoredOffset(view: DisplayText, position: number, snap: Snap = 'end'): number {
  return convert(view, position, snap, 'display');
}

/** The display offset of a stored offset; an offset inside a token goes to an edge of its name. */
export function toDisplayOffset(view: DisplayText, position: number, snap: Snap = 'end'): number {
  return convert(view, position, snap, 'stored');
}

/**
 * The stored change for a change typed in the display. A change that touches a name (a removal
 * overlapping it, or an insertion strictly inside it) takes the whole token with it; typing right
 * before or right after a name leaves the mention alone.
 */
export function toStoredChange(view: DisplayText, change: TextChange): TextChange {
  let start = change.index;
  let end = change.index + change.remove;
  for (const span of view.spans) {
    const a = span.display;
    const b = a + span.displayLength;
    const touches = change.remove > 0 ? a < end && b > start : a < start && start < b;
    if (touches) {
      start = Math.min(start, a);
      end = Math.max(end, b);
    }
  }
  const index = toStoredOffset(view, start, 'start');
  return { index, remove: toStoredOffset(view, end, 'end') - index, insert: change.insert };
}
