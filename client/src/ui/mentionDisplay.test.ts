import { describe, expect, it } from 'vitest';
import type { MentionLookup } from '@orderlane/shared';
import {
  mentionDisplay,
  plainDisplay,
  toDisplayOffset,
  toStoredChange,
  toStoredOffset,
  type DisplayText,
  type TextChange,
} from './mentionDisplay';

const names: Record<string, string> = { u1: 'Zhou Jie', u2: '王小明' };
const en: MentionLookup = { userName: (id) => names[id], locale: 'en' };
const zh: MentionLookup = { ...en, locale: 'zh' };

const ZHOU = '@{user:u1}';
const LOGI = '@{role:logistics}';

/** Applies a change to a string, to check a stored change does what the display edit meant. */
function apply(text: string, change: TextChange): string {
  return text.slice(0, change.index) + change.insert + text.slice(change.index + change.remove);
}

/** The stored text after an edit typed in the display. */
function edit(view: DisplayText, change: TextChange): string {
  return apply(view.stored, toStoredChange(view, change));
}

describe('mentionDisplay', () => {
  it('shows names in place of tokens, in the interface language', () => {
    expect(mentionDisplay(`Ask ${ZHOU} and ${LOGI}.`, en).display).toBe(
      'Ask @Zhou Jie and @Logistics.',
    );
    expect(mentionDisplay(`Ask ${ZHOU} and ${LOGI}.`, zh).display).toBe('Ask @Zhou Jie and @物流.');
    expect(mentionDisplay('@{user:gone} hi', en).display).toBe('@unknown member hi');
  });

  it('leaves text without mentions, links and malformed tokens as stored', () => {
    const stored = 'See https://example.com/a?b=1. @{role:nobody} @{user:} done';
    expect(mentionDisplay(stored, en)).toEqual(plainDisplay(stored));
  });

  it('maps offsets around a mention both ways', () => {
    const view = mentionDisplay(`Ask ${ZHOU} now`, en); // display: "Ask @Zhou Jie now"
    expect(toStoredOffset(view, 4)).toBe(4);
    expect(toStoredOffset(view, 13)).toBe(4 + ZHOU.length);
    expect(toStoredOffset(view, 17)).toBe(view.stored.length);
    expect(toDisplayOffset(view, 4 + ZHOU.length + 1)).toBe(14);
    // Inside a name or token, an offset goes to an edge of the whole mention.
    expect(toStoredOffset(view, 7, 'start')).toBe(4);
    expect(toStoredOffset(view, 7, 'end')).toBe(4 + ZHOU.length);
    expect(toDisplayOffset(view, 6)).toBe(13);
    expect(toDisplayOffset(view, 6, 'start')).toBe(4);
  });

  it('maps CJK names and adjacent mentions', () => {
    const view = mentionDisplay(`@{user:u2}${LOGI}好`, zh); // display: "@王小明@物流好"
    expect(view.display).toBe('@王小明@物流好');
    expect(view.spans).toHaveLength(2);
    expect(toStoredOffset(view, 4)).toBe(10);
    expect(toStoredOffset(view, 7)).toBe(10 + LOGI.length);
    expect(toDisplayOffset(view, 10 + LOGI.length + 1)).toBe(8);
  });
});

describe('toStoredChange', () => {
  const view = mentionDisplay(`Ask ${ZHOU} now`, en); // "Ask @Zhou Jie now"

  it('types normally right before and right after a mention', () => {
    expect(edit(view, { index: 4, remove: 0, insert: 'X' })).toBe(`Ask X${ZHOU} now`);
    expect(edit(view, { index: 13, remove: 0, insert: ',' })).toBe(`Ask ${ZHOU}, now`);
    expect(edit(view, { index: 17, remove: 0, insert: '!' })).toBe(`Ask ${ZHOU} now!`);
    expect(edit(view, { index: 0, remove: 3, insert: 'Tell' })).toBe(`Tell ${ZHOU} now`);
  });

  it('takes the whole token when typing inside a name', () => {
    expect(edit(view, { index: 7, remove: 0, insert: 'x' })).toBe('Ask x now');
  });

  it('deletes the whole token when a deletion touches a name', () => {
    // Backspace right after the name.
    expect(edit(view, { index: 12, remove: 1, insert: '' })).toBe('Ask  now');
    // Delete right before it.
    expect(edit(view, { index: 4, remove: 1, insert: '' })).toBe('Ask  now');
    // A selection across the name and beyond, replaced by typing.
    expect(edit(view, { index: 2, remove: 13, insert: 'Z' })).toBe('AsZow');
  });

  it('handles two adjacent mentions independently', () => {
    const two = mentionDisplay(`${ZHOU}${LOGI}`, en); // "@Zhou Jie@Logistics"
    expect(edit(two, { index: 9, remove: 0, insert: ' ' })).toBe(`${ZHOU} ${LOGI}`);
    expect(edit(two, { index: 9, remove: 1, insert: '' })).toBe(ZHOU);
    expect(edit(two, { index: 8, remove: 1, insert: '' })).toBe(LOGI);
    expect(edit(two, { index: 8, remove: 2, insert: '' })).toBe('');
  });

  it('keeps a token typed or picked into the display as a token', () => {
    expect(edit(view, { index: 17, remove: 0, insert: ` ${LOGI} ` })).toBe(
      `Ask ${ZHOU} now ${LOGI} `,
    );
  });

  it('is the identity without mentions', () => {
    const plain = plainDisplay('hello');
    expect(toStoredChange(plain, { index: 1, remove: 2, insert: 'EY' })).toEqual({
      index: 1,
      remove: 2,
      insert: 'EY',
    });
  });
});
