import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cellKey,
  initBoardDoc,
  listColumns,
  listLanes,
  updateCard,
  type CardId,
} from '@orderlane/shared';
import { createBoardStore } from '../../store/boardStore';
import { bindBoard } from '../../sync/bindBoard';
import { buildGrid, createGridBuilder, rowPatch } from './boardGrid';
import { parseView, writeView, type BoardView } from './boardView';

const TODAY = '2026-11-23';

function setup() {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `id${n++}` });
  const columns = listColumns(doc);
  const lanes = listLanes(doc);
  const put = (id: string, fields: Record<string, unknown>, column = 0, lane = 0) =>
    addCard(
      doc,
      {
        id: id as CardId,
        columnId: columns[column]!.id,
        laneId: lanes[lane]!.id,
        position: 'V',
        createdBy: null,
        ...fields,
      },
      1,
    );
  const store = createBoardStore();
  bindBoard(doc, store);
  return { doc, columns, lanes, put, store };
}

const view = (patch: Partial<BoardView> = {}): BoardView => ({
  ...parseView(new URLSearchParams()),
  ...patch,
});

describe('buildGrid', () => {
  it('groups by owner: one row per member plus "no owner", and a drop there sets the owner', () => {
    const { put, store, columns } = setup();
    put('a', { ownerId: 'u1', title: 'A' });
    put('b', { ownerId: null, title: 'B' }, 0, 3);
    const grid = buildGrid(store.getState(), view({ group: 'owner' }), TODAY, ['u1', 'u2']);
    expect(grid.rows.map((r) => r.value)).toEqual(['u1', 'u2', null]);
    expect(grid.cells[cellKey(columns[0]!.id, 'u1')]).toEqual(['a']);
    expect(grid.cells[cellKey(columns[0]!.id, grid.rows[2]!.key)]).toEqual(['b']);
    expect(rowPatch(grid.rows[1]!)).toEqual({ ownerId: 'u2' });
    expect(rowPatch(grid.rows[2]!)).toEqual({ ownerId: null });
  });

  it('filters by overdue, risk and text, and never counts done cards as overdue', () => {
    const { put, store, columns, lanes } = setup();
    put('late', { dueDate: '2026-11-20', title: 'Mugs' });
    put('done', { dueDate: '2026-11-01', title: 'Towels' }, 10);
    put('risky', { risks: [{ kind: 'fx', severity: 'high', note: '' }], title: 'Racks' });
    const state = store.getState();
    const cell = cellKey(columns[0]!.id, lanes[0]!.id);
    const doneCell = cellKey(columns[10]!.id, lanes[0]!.id);
    const overdue = buildGrid(state, view({ overdue: true }), TODAY, []);
    expect(overdue.cells[cell]).toEqual(['late']);
    expect(overdue.cells[doneCell]).toEqual([]);
    expect(buildGrid(state, view({ risk: true }), TODAY, []).cells[cell]).toEqual(['risky']);
    expect(buildGrid(state, view({ q: 'mug' }), TODAY, []).cells[cell]).toEqual(['late']);
    // WIP counts are of every card, filters aside.
    expect(overdue.columnTotals[columns[0]!.id]).toBe(2);
  });

  it('keeps the arrays and rows of unchanged cells between builds', () => {
    const { doc, put, store, columns, lanes } = setup();
    put('a', { title: 'A' });
    put('b', { title: 'B' }, 1, 1);
    const build = createGridBuilder();
    const first = build(store.getState(), view(), TODAY, []);
    updateCard(doc, 'b' as CardId, { title: 'B2' }, 2);
    put('c', { title: 'C' }, 1, 1);
    const second = build(store.getState(), view(), TODAY, []);
    const a = cellKey(columns[0]!.id, lanes[0]!.id);
    const b = cellKey(columns[1]!.id, lanes[1]!.id);
    expect(second.cells[a]).toBe(first.cells[a]);
    expect(second.cells[b]).not.toBe(first.cells[b]);
    expect(second.rows[0]).toBe(first.rows[0]);
  });
});

describe('the view in the URL', () => {
  it('round-trips every field and leaves defaults out', () => {
    const full = view({ group: 'customer', owner: 'u1', risk: true, q: '杯子', card: 'c1' });
    const params = writeView(new URLSearchParams('keep=1'), full);
    expect(parseView(params)).toEqual(full);
    expect(params.get('keep')).toBe('1');
    expect(writeView(new URLSearchParams(), view()).toString()).toBe('');
  });
});
