/**
 * Binds a textarea to a Y.Text: local typing becomes Y.Text inserts/deletes (a diff against what
 * the textarea last showed), and remote edits are applied to the textarea while keeping the caret
 * where the person left it. Two people typing at once both keep their words. During IME
 * composition (Chinese input) nothing is written or re-rendered until the composition ends.
 * An optional display layer (`mentionDisplay`) shows mention names while the Y.Text keeps tokens:
 * the textarea then holds the display text, and every offset goes through the view's map.
 */
import type * as Y from 'yjs';
import {
  plainDisplay,
  toDisplayOffset,
  toStoredChange,
  toStoredOffset,
  type DisplayText,
  type TextChange,
} from './mentionDisplay';

/** The single change turning `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string, caret?: number): TextChange {
  let start = 0;
  const max = Math.min(before.length, after.length);
  // With a caret, the change ends at the caret: typing "a" into "aa" inserts where the caret is.
  const prefixLimit = caret === undefined ? max : Math.min(max, caret);
  while (start < prefixLimit && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

type Delta = Y.YTextEvent['delta'];

/** Where a position ends up after a remote change (inserts exactly at it stay after it). */
export function transformIndex(position: number, delta: Delta): number {
  let index = 0;
  let result = position;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (index < result) result += op.insert.length;
      index += op.insert.length;
    } else if (op.delete !== undefined) {
      if (index < result) result -= Math.min(op.delete, result - index);
    }
  }
  return result;
}

function applyTextChange(text: Y.Text, change: TextChange, origin: unknown): void {
  if (change.remove === 0 && change.insert === '') return;
  text.doc!.transact(() => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  }, origin);
}

/** Turns the stored text into what the textarea shows; the default shows it as stored. */
export type ShowText = (stored: string) => DisplayText;

export interface TextBinding {
  /** Ends the binding. */
  (): void;
  /** Re-shows the text after the way it shows changed (names loaded, language switched). */
  refresh(): void;
  /** What the textarea shows now, with its map to the stored text. */
  shown(): DisplayText;
}

/** Starts the binding; calling the result ends it. */
export function bindTextarea(
  text: Y.Text,
  area: HTMLTextAreaElement,
  origin: unknown,
  show: ShowText = plainDisplay,
): TextBinding {
  let view = show(text.toString());
  let composing = false;
  // Remote changes that arrived while composing, to transform the composed change through.
  let missed: Delta[] = [];
  area.value = view.display;

  /** Shows the Y.Text, keeping a selection given in stored offsets. */
  const render = (selection?: { start: number; end: number }) => {
    view = show(text.toString());
    if (view.display === area.value) return;
    area.value = view.display;
    if (selection) {
      area.setSelectionRange(
        toDisplayOffset(view, selection.start),
        toDisplayOffset(view, selection.end),
      );
    }
  };

  const storedSelection = () => ({
    start: toStoredOffset(view, area.selectionStart),
    end: toStoredOffset(view, area.selectionEnd),
  });

  const commitLocal = () => {
    const caret = area.selectionEnd ?? undefined;
    let change = toStoredChange(view, diffText(view.display, area.value, caret));
    for (const delta of missed) {
      const index = transformIndex(change.index, delta);
      const end = transformIndex(change.index + change.remove, delta);
      change = { index, remove: Math.max(0, end - index), insert: change.insert };
    }
    missed = [];
    applyTextChange(text, change, origin);
    // Shows names for a token just inserted, the merged text after a composition during which
    // remote text arrived, or a whole mention gone; the caret goes after our insert.
    const caretAt = change.index + change.insert.length;
    render({ start: caretAt, end: caretAt });
  };

  const onInput = () => {
    if (!composing) commitLocal();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    commitLocal();
  };
  const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    if (composing) {
      missed.push(event.delta);
      return;
    }
    const selection = storedSelection();
    render({
      start: transformIndex(selection.start, event.delta),
      end: transformIndex(selection.end, event.delta),
    });
  };

  area.addEventListener('input', onInput);
  area.addEventListener('compositionstart', onCompositionStart);
  area.addEventListener('compositionend', onCompositionEnd);
  text.observe(onRemote);
  const stop = () => {
    area.removeEventListener('input', onInput);
    area.removeEventListener('compositionstart', onCompositionStart);
    area.removeEventListener('compositionend', onCompositionEnd);
    text.unobserve(onRemote);
  };
  return Object.assign(stop, {
    refresh() {
      if (!composing) render(storedSelection());
    },
    shown: () => view,
  });
}
