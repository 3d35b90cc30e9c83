/**
 * Binds a textarea to a Y.Text: local typing becomes Y.Text inserts/deletes (a diff against what
 * the textarea last showed), and remote edits are applied to the textarea while keeping the caret
 * where the person left it. Two people typing at once both keep their words. During IME
 * composition (Chinese input) nothing is written or re-rendered until the composition ends.
 */
import type * as Y from 'yjs';

export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

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

export function applyTextChange(text: Y.Text, change: TextChange, origin: unknown): void {
  if (change.remove === 0 && change.insert === '') return;
  text.doc!.transact(() => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  }, origin);
}

/** Starts the binding; returns the function that ends it. */
export function bindTextarea(text: Y.Text, area: HTMLTextAreaElement, origin: unknown): () => void {
  let shown = text.toString();
  let composing = false;
  // Remote changes that arrived while composing, to transform the composed change through.
  let missed: Delta[] = [];
  area.value = shown;

  const render = () => {
    const value = text.toString();
    if (value === area.value) {
      shown = value;
      return;
    }
    area.value = value;
    shown = value;
  };

  const commitLocal = () => {
    const caret = area.selectionEnd ?? undefined;
    let change = diffText(shown, area.value, caret);
    for (const delta of missed) {
      const index = transformIndex(change.index, delta);
      const end = transformIndex(change.index + change.remove, delta);
      change = { index, remove: Math.max(0, end - index), insert: change.insert };
    }
    missed = [];
    applyTextChange(text, change, origin);
    if (text.toString() !== area.value) {
      // Remote text arrived during composition: show the merged text, caret after our insert.
      const caretAt = change.index + change.insert.length;
      render();
      area.setSelectionRange(caretAt, caretAt);
    }
    shown = text.toString();
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
    const start = transformIndex(area.selectionStart, event.delta);
    const end = transformIndex(area.selectionEnd, event.delta);
    render();
    area.setSelectionRange(start, end);
  };

  area.addEventListener('input', onInput);
  area.addEventListener('compositionstart', onCompositionStart);
  area.addEventListener('compositionend', onCompositionEnd);
  text.observe(onRemote);
  return () => {
    area.removeEventListener('input', onInput);
    area.removeEventListener('compositionstart', onCompositionStart);
    area.removeEventListener('compositionend', onCompositionEnd);
    text.unobserve(onRemote);
  };
}
