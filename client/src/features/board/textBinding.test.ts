import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindTextarea, diffText, transformIndex } from './textBinding';

/** Types `insert` at the caret of a textarea the way a browser does: value, caret, input event. */
function type(area: HTMLTextAreaElement, at: number, insert: string) {
  area.focus();
  area.value = area.value.slice(0, at) + insert + area.value.slice(at);
  area.setSelectionRange(at + insert.length, at + insert.length);
  area.dispatchEvent(new Event('input'));
}

function setup() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const queue: { to: Y.Doc; update: Uint8Array }[] = [];
  // Updates are queued and delivered by hand, so both sides can type before seeing the other.
  a.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && queue.push({ to: b, update: u }));
  b.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && queue.push({ to: a, update: u }));
  const flush = () => {
    while (queue.length) {
      const { to, update } = queue.shift()!;
      Y.applyUpdate(to, update, 'net');
    }
  };
  a.getText('d').insert(0, 'hello world');
  flush();
  const areaA = document.createElement('textarea');
  const areaB = document.createElement('textarea');
  document.body.append(areaA, areaB);
  bindTextarea(a.getText('d'), areaA, 'A');
  bindTextarea(b.getText('d'), areaB, 'B');
  return { a, b, areaA, areaB, flush };
}

describe('diffText', () => {
  it('finds the single change, at the caret when the text repeats', () => {
    expect(diffText('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('abcd', 'ad')).toEqual({ index: 1, remove: 2, insert: '' });
  });
});

describe('transformIndex', () => {
  it('shifts a caret after remote inserts and deletes before it', () => {
    expect(transformIndex(5, [{ insert: 'xx' }])).toBe(7);
    expect(transformIndex(5, [{ retain: 6 }, { insert: 'xx' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
  });
});

describe('bindTextarea', () => {
  it('keeps both people’s words when they type at once', () => {
    const { a, b, areaA, areaB, flush } = setup();
    type(areaA, 0, 'Alice: ');
    type(areaB, 11, ' — Bob');
    flush();
    const expected = 'Alice: hello world — Bob';
    expect(a.getText('d').toString()).toBe(expected);
    expect(b.getText('d').toString()).toBe(expected);
    expect(areaA.value).toBe(expected);
    expect(areaB.value).toBe(expected);
  });

  it('keeps the caret in place when a remote edit lands before it', () => {
    const { areaA, areaB, flush } = setup();
    type(areaB, 5, '!!');
    flush();
    areaB.focus();
    areaB.setSelectionRange(7, 7);
    type(areaA, 0, '>> ');
    flush();
    expect(areaB.value).toBe('>> hello!! world');
    expect(areaB.selectionStart).toBe(10);
  });

  it('writes nothing during IME composition and merges the composed text afterwards', () => {
    const { a, areaA, areaB, flush } = setup();
    areaA.dispatchEvent(new Event('compositionstart'));
    type(areaA, 11, '你好');
    expect(a.getText('d').toString()).toBe('hello world');
    type(areaB, 0, 'X');
    flush();
    areaA.dispatchEvent(new Event('compositionend'));
    flush();
    expect(areaA.value).toBe('Xhello world你好');
    expect(areaB.value).toBe('Xhello world你好');
  });
});
