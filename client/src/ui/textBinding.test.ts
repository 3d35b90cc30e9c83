import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MentionLookup } from '@orderlane/shared';
import { mentionDisplay } from './mentionDisplay';
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

describe('bindTextarea with mention names', () => {
  const lookup: MentionLookup = { userName: (id) => ({ u1: 'Zhou Jie' })[id], locale: 'zh' };
  const show = (stored: string) => mentionDisplay(stored, lookup);
  const ZHOU = '@{user:u1}';

  function setupNames(initial: string) {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    doc.getText('d').insert(0, initial);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    doc.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(remote, u, 'net'));
    remote.on('update', (u: Uint8Array, o: unknown) => o !== 'net' && Y.applyUpdate(doc, u, 'net'));
    const area = document.createElement('textarea');
    document.body.append(area);
    const binding = bindTextarea(doc.getText('d'), area, 'A', show);
    return { doc, remote, area, binding, stored: () => doc.getText('d').toString() };
  }

  it('shows names, and typing after a name writes after the token', () => {
    const { area, stored } = setupNames(`Ask ${ZHOU} now`);
    expect(area.value).toBe('Ask @Zhou Jie now');
    type(area, 13, ',');
    expect(stored()).toBe(`Ask ${ZHOU}, now`);
    expect(area.value).toBe('Ask @Zhou Jie, now');
  });

  it('removes the whole mention on backspace into its name', () => {
    const { area, stored } = setupNames(`Ask ${ZHOU} now`);
    area.focus();
    area.value = 'Ask @Zhou Ji now';
    area.setSelectionRange(12, 12);
    area.dispatchEvent(new Event('input'));
    expect(stored()).toBe('Ask  now');
    expect(area.value).toBe('Ask  now');
    expect(area.selectionStart).toBe(4);
  });

  it('turns a picked token into a name with the caret after it', () => {
    const { area, stored } = setupNames('Ask ');
    type(area, 4, `@{role:logistics} `);
    expect(stored()).toBe('Ask @{role:logistics} ');
    expect(area.value).toBe('Ask @物流 ');
    expect(area.selectionStart).toBe(8);
  });

  it('keeps the caret in place when a remote edit lands before it', () => {
    const { remote, area } = setupNames(`${ZHOU} hi`);
    area.focus();
    area.setSelectionRange(12, 12); // after "hi"
    remote.getText('d').insert(0, `${ZHOU}, `);
    expect(area.value).toBe('@Zhou Jie, @Zhou Jie hi');
    expect(area.selectionStart).toBe(23);
  });

  it('re-shows names when they change, keeping the caret', () => {
    const names: Record<string, string> = {};
    const doc = new Y.Doc();
    doc.getText('d').insert(0, `${ZHOU} hi`);
    const area = document.createElement('textarea');
    document.body.append(area);
    const binding = bindTextarea(doc.getText('d'), area, 'A', (s) =>
      mentionDisplay(s, { userName: (id) => names[id], locale: 'en' }),
    );
    expect(area.value).toBe('@unknown member hi');
    area.focus();
    area.setSelectionRange(18, 18);
    names.u1 = '周杰';
    binding.refresh();
    expect(area.value).toBe('@周杰 hi');
    expect(area.selectionStart).toBe(6);
    binding();
  });
});
