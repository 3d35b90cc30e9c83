/**
 * The `@` popup of a textarea: watches the text before the caret for `@query`, offers people and
 * departments (`mentionCandidates`), and on ↑/↓/Enter/Tab/Escape or a click inserts the stored
 * token `@{user:…}` / `@{role:…}` in place of `@query`. Works for a controlled React textarea
 * and for the Yjs-bound description alike: the insertion is a real `input` event (the description
 * then shows the token as a name).
 */
import { useCallback, useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { mentionCandidates, type MentionCandidate } from '@orderlane/shared';
import { useLocaleStore } from '../../store/localeStore';
import { useSessionStore } from '../../store/sessionStore';
import { useMentionMembers } from './useMentionMembers';

/** `@` at the start or after a space or bracket, then the query typed so far (no spaces). */
const TRIGGER = /(?:^|[\s(（,，:：;；])@([^\s@{}()]{0,32})$/u;

interface Trigger {
  start: number;
  query: string;
}

export interface MentionInput {
  /** Open when there is something to offer. */
  candidates: MentionCandidate[];
  active: number;
  listId: string;
  optionId: (index: number) => string;
  /** Call from the textarea's onChange / onSelect / onClick: re-reads the caret. */
  refresh(): void;
  /** Call first in onKeyDown; true when the key was the popup's. */
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
  pick(candidate: MentionCandidate): void;
  close(): void;
  /** ARIA attributes for the textarea. */
  inputProps: Record<string, string | boolean | undefined>;
}

export interface MentionInputOptions {
  /** True when the `@` at this offset begins a mention already shown as a name: not a query. */
  isMentionAt?(offset: number): boolean;
}

function findTrigger(area: HTMLTextAreaElement, options: MentionInputOptions): Trigger | null {
  if (area.selectionStart !== area.selectionEnd) return null;
  const before = area.value.slice(0, area.selectionStart);
  const match = TRIGGER.exec(before);
  if (!match) return null;
  const start = before.length - match[1]!.length - 1;
  if (options.isMentionAt?.(start)) return null;
  return { start, query: match[1]! };
}

/** Replaces the text the way typing would, so React and the Yjs binding both see an `input`. */
function replaceText(area: HTMLTextAreaElement, from: number, to: number, text: string) {
  const value = area.value.slice(0, from) + text + area.value.slice(to);
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(area, value);
  else area.value = value;
  const caret = from + text.length;
  area.setSelectionRange(caret, caret);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

export function useMentionInput(
  area: RefObject<HTMLTextAreaElement | null>,
  options: MentionInputOptions = {},
): MentionInput {
  const members = useMentionMembers();
  const locale = useLocaleStore((s) => s.locale);
  const selfId = useSessionStore((s) => s.me?.user.id);
  const listId = useId();
  const { isMentionAt } = options;
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);

  const candidates = useMemo(
    () =>
      trigger && trigger.start !== dismissedAt
        ? mentionCandidates(trigger.query, { members, locale, ...(selfId ? { selfId } : {}) })
        : [],
    [trigger, dismissedAt, members, locale, selfId],
  );

  const refresh = useCallback(() => {
    const el = area.current;
    const next = el ? findTrigger(el, { isMentionAt }) : null;
    if (next?.start !== trigger?.start || next?.query !== trigger?.query) {
      setTrigger(next);
      setActive(0);
    }
    if (!next) setDismissedAt(null);
  }, [area, trigger, isMentionAt]);

  const close = useCallback(() => {
    setDismissedAt(trigger?.start ?? null);
  }, [trigger]);

  const pick = useCallback(
    (candidate: MentionCandidate) => {
      const el = area.current;
      if (!el || !trigger) return;
      const end = trigger.start + 1 + trigger.query.length;
      const after = el.value.slice(end);
      replaceText(el, trigger.start, end, candidate.token + (/^\s/.test(after) ? '' : ' '));
      el.focus();
      setTrigger(null);
    },
    [area, trigger],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (candidates.length === 0 || event.nativeEvent.isComposing) return false;
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      const n = candidates.length;
      switch (event.key) {
        case 'ArrowDown':
          setActive((i) => (i + 1) % n);
          break;
        case 'ArrowUp':
          setActive((i) => (i - 1 + n) % n);
          break;
        case 'Enter':
        case 'Tab':
          pick(candidates[Math.min(active, n - 1)]!);
          break;
        case 'Escape':
          close();
          break;
        default:
          return false;
      }
      event.preventDefault();
      // Escape here closes the popup, not the card panel around it.
      event.stopPropagation();
      return true;
    },
    [candidates, active, pick, close],
  );

  const open = candidates.length > 0;
  const optionId = useCallback((index: number) => `${listId}-option-${index}`, [listId]);
  return {
    candidates,
    active: Math.min(active, Math.max(0, candidates.length - 1)),
    listId,
    optionId,
    refresh,
    onKeyDown,
    pick,
    close,
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? optionId(Math.min(active, candidates.length - 1)) : undefined,
    },
  };
}
