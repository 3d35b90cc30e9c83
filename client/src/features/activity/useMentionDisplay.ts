/**
 * A controlled textarea that shows mentions as names (`@李娜`, `@物流`) while its value keeps
 * the stored tokens (`@{user:…}`): the same display layer as the card's notes (`mentionDisplay`).
 * A typed change is translated to the stored text, so a Backspace that reaches a name removes the
 * whole mention, and the caret is put back where the change ended. Plain typing (also an IME
 * composition) leaves the textarea's text as typed, so the browser's composition is undisturbed.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import {
  mentionDisplay,
  toDisplayOffset,
  toStoredChange,
  type DisplayText,
  type TextChange,
} from '../../ui/mentionDisplay';
import { diffText } from '../../ui/textBinding';
import { useMentionLookup } from './MentionText';

export interface MentionDisplay {
  view: DisplayText;
  /** Call from the textarea's onChange with its new (display) value and caret. */
  onDisplayChange(value: string, caret: number): void;
  /** The `@` at this display offset starts a mention already shown as a name. */
  isMentionAt(offset: number): boolean;
}

/**
 * A replacement (text selected and typed over, or pasted) whose edge falls inside a name: the
 * diff may have kept part of that name as common text ("@" of "@Logistics" when pasting
 * "@{role:…}"). The typed text is what counts, so the change grows to the whole name and
 * carries the kept characters along. Pure deletions and insertions keep the atomic rule.
 */
function keepTypedText(view: DisplayText, change: TextChange): TextChange {
  if (change.remove === 0 || change.insert === '') return change;
  let start = change.index;
  let end = change.index + change.remove;
  let insert = change.insert;
  for (const span of view.spans) {
    const a = span.display;
    const b = a + span.displayLength;
    if (a < start && start < b) {
      insert = view.display.slice(a, start) + insert;
      start = a;
    }
    if (a < end && end < b) {
      insert += view.display.slice(end, b);
      end = b;
    }
  }
  return { index: start, remove: end - start, insert };
}

export function useMentionDisplay(
  area: RefObject<HTMLTextAreaElement | null>,
  stored: string,
  setStored: (next: string) => void,
): MentionDisplay {
  const lookup = useMentionLookup();
  const view = useMemo(() => mentionDisplay(stored, lookup), [stored, lookup]);
  /** The stored caret after the last change, placed once the new display is rendered. */
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = area.current;
    if (caret.current === null || !el) return;
    const at = toDisplayOffset(view, caret.current);
    caret.current = null;
    if (el.selectionStart !== at || el.selectionEnd !== at) el.setSelectionRange(at, at);
  }, [area, view]);

  const onDisplayChange = useCallback(
    (value: string, caretAt: number) => {
      const change = toStoredChange(
        view,
        keepTypedText(view, diffText(view.display, value, caretAt)),
      );
      const before = view.stored;
      const next =
        before.slice(0, change.index) + change.insert + before.slice(change.index + change.remove);
      caret.current = change.index + change.insert.length;
      setStored(next);
    },
    [view, setStored],
  );

  const isMentionAt = useCallback(
    (offset: number) => view.spans.some((span) => span.display === offset),
    [view],
  );

  return { view, onDisplayChange, isMentionAt };
}
