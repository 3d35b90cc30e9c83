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
      const change = toStoredChange(view, diffText(view.display, value, caretAt));
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
