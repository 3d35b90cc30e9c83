import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cellKey, moveCard, updateCard, type CardId } from '@orderlane/shared';
import { createBoardStore } from '../store/boardStore';
import { orderBoardDoc, relay } from './testing/boardDocs';
import { bindBoard } from './bindBoard';

function board() {
  const { doc, columns, lanes } = orderBoardDoc();
  const [c0, c1] = columns;
  const [l0, l1] = lanes;
  const put = (id: string, position: string) =>
    addCard(
      doc,
      { id: id as CardId, columnId: c0!.id, laneId: l0!.id, position, createdBy: null, title: id },
      1,
    );
  return { doc, c0: c0!.id, c1: c1!.id, l0: l0!.id, l1: l1!.id, put };
}

describe('bindBoard', () => {
  it('ignores junk a peer writes into cards, on load and live', () => {
    const { doc, put, c0, l0 } = board();
    put('a', 'V');
    const junk: [string, unknown][] = [
      ['n', 7],
      ['s', 'card'],
      ['z', null],
      ['arr', new Y.Array()],
      ['txt', new Y.Text('x')],
      ['bad id!', new Y.Map()],
    ];
    const cards = doc.getMap('cards');
    for (const [id, value] of junk.slice(0, 3)) cards.set(id, value);
    const store = createBoardStore();
    bindBoard(doc, store);
    for (const [id, value] of junk.slice(3)) cards.set(id, value);
    // A real card replaced by junk is gone, not blank.
    put('b', 'F');
    cards.set('b', 42);
    const state = store.getState();
    expect(Object.keys(state.cards)).toEqual(['a']);
    expect(state.layout.unsorted).toEqual([]);
    expect(state.layout.cells[cellKey(c0, l0)]).toEqual(['a']);
  });

  it('mirrors columns, lanes, cards and the department layout', () => {
    const { doc, put, c0, l0 } = board();
    put('a', 'V');
    put('b', 'F');
    const store = createBoardStore();
    bindBoard(doc, store);
    const state = store.getState();
    expect(state.columns).toHaveLength(11);
    expect(state.lanes).toHaveLength(8);
    expect(state.layout.cells[cellKey(c0, l0)]).toEqual(['b', 'a']);
  });

  it('keeps the identity of unchanged cards and cells on an edit', () => {
    const { doc, put, c0, l0, c1, l1 } = board();
    put('a', 'F');
    put('b', 'V');
    const store = createBoardStore();
    bindBoard(doc, store);
    moveCard(doc, 'b' as CardId, { columnId: c1, laneId: l1 }, Math.random, 2);
    const before = store.getState();
    updateCard(doc, 'a' as CardId, { title: 'renamed' }, 3);
    const after = store.getState();
    expect(after.cards.a!.title).toBe('renamed');
    expect(after.cards.a).not.toBe(before.cards.a);
    expect(after.cards.b).toBe(before.cards.b);
    // A title edit changes no cell: the layout object and every cell array stay the same.
    expect(after.layout).toBe(before.layout);
    expect(after.layout.cells[cellKey(c0, l0)]).toBe(before.layout.cells[cellKey(c0, l0)]);
  });

  it('ignores description typing: no card object changes', () => {
    const { doc, put } = board();
    put('a', 'F');
    const store = createBoardStore();
    bindBoard(doc, store);
    const before = store.getState().cards;
    ((doc.getMap('cards').get('a') as Y.Map<unknown>).get('description') as Y.Text).insert(0, 'x');
    expect(store.getState().cards).toBe(before);
  });

  it('a remote move updates the layout and keeps untouched cells', () => {
    const here = board();
    here.put('a', 'F');
    here.put('b', 'V');
    here.put('c', 'k');
    const there = new Y.Doc();
    relay(here.doc, there);
    const store = createBoardStore();
    bindBoard(here.doc, store);
    const before = store.getState();
    const target = cellKey(here.c1, here.l1);
    moveCard(there, 'b' as CardId, { columnId: here.c1, laneId: here.l1 }, Math.random, 5);
    const after = store.getState();
    expect(after.layout.cells[cellKey(here.c0, here.l0)]).toEqual(['a', 'c']);
    expect(after.layout.cells[target]).toEqual(['b']);
    expect(after.cards.b!.columnId).toBe(here.c1);
    expect(after.cards.a).toBe(before.cards.a);
    expect(after.cards.c).toBe(before.cards.c);
  });

  it('shows a card whose column was deleted as unsorted, and removes deleted cards', () => {
    const { doc, put, c0 } = board();
    put('a', 'F');
    put('b', 'V');
    const store = createBoardStore();
    bindBoard(doc, store);
    doc.getMap('columns').delete(c0);
    expect(store.getState().layout.unsorted).toEqual(['a', 'b']);
    doc.getMap('cards').delete('a');
    expect(store.getState().cards.a).toBeUndefined();
    expect(store.getState().layout.unsorted).toEqual(['b']);
  });

  it('stops when unbound', () => {
    const { doc, put } = board();
    const store = createBoardStore();
    const unbind = bindBoard(doc, store);
    unbind();
    put('a', 'F');
    expect(store.getState().cards.a).toBeUndefined();
  });
});
