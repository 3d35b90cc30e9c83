import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, columnsMap, listCards, listColumns, listLanes } from './boardDoc';
import { entryOf } from './docReaders';
import { initBoardDoc } from './orderBoardTemplate';
import {
  insertColumn,
  insertLane,
  moveColumn,
  moveLane,
  removeColumn,
  removeLane,
  renameColumn,
  renameLane,
  restoreStructure,
  setColumnWipLimit,
} from './boardCommands';
import type { CardId, ColumnId } from '../domain/ids';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function board() {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `id${n++}` });
  return { doc, newId: () => `new${n++}`, random: mulberry32(7) };
}
const columnIds = (doc: Y.Doc) => listColumns(doc).map((c): string => c.id);
const laneIds = (doc: Y.Doc) => listLanes(doc).map((l): string => l.id);

describe('rename and WIP limit', () => {
  it('renames a column and a lane, refusing bad titles and unknown ids', () => {
    const { doc } = board();
    const [c0] = listColumns(doc);
    const [l0] = listLanes(doc);
    expect(renameColumn(doc, c0!.id, '  Sampling  ')).toBe(true);
    expect(listColumns(doc)[0]!.title).toBe('Sampling');
    expect(renameLane(doc, l0!.id, 'Docs team')).toBe(true);
    expect(listLanes(doc)[0]!.title).toBe('Docs team');
    expect(renameColumn(doc, c0!.id, ' ')).toBe(false);
    expect(renameColumn(doc, 'nope' as ColumnId, 'X')).toBe(false);
    expect(listColumns(doc)[0]!.title).toBe('Sampling');
  });
  it('sets and clears a WIP limit, refusing values outside 1–999', () => {
    const { doc } = board();
    const id = listColumns(doc)[1]!.id;
    expect(setColumnWipLimit(doc, id, 3)).toBe(true);
    expect(listColumns(doc)[1]!.wipLimit).toBe(3);
    expect(setColumnWipLimit(doc, id, 0)).toBe(false);
    expect(setColumnWipLimit(doc, id, 1000)).toBe(false);
    expect(listColumns(doc)[1]!.wipLimit).toBe(3);
    expect(setColumnWipLimit(doc, id, null)).toBe(true);
    expect(listColumns(doc)[1]!.wipLimit).toBeUndefined();
    expect(entryOf(columnsMap(doc), id)!.has('wipLimit')).toBe(false);
  });
});

describe('add and move', () => {
  it('adds a column after another and a lane at the start', () => {
    const { doc, newId, random } = board();
    const before = columnIds(doc);
    const id = insertColumn(
      doc,
      { title: 'Inspection', after: before[1] as ColumnId },
      random,
      newId,
    );
    expect(columnIds(doc)).toEqual([...before.slice(0, 2), id, ...before.slice(2)]);
    const lanes = laneIds(doc);
    const lane = insertLane(doc, { title: 'Finance', after: null }, random, newId);
    expect(laneIds(doc)).toEqual([lane, ...lanes]);
    const last = insertColumn(
      doc,
      { title: 'End', after: columnIds(doc).at(-1) as ColumnId },
      random,
      newId,
    );
    expect(columnIds(doc).at(-1)).toBe(last);
  });
  it('refuses a bad title or an unknown neighbour', () => {
    const { doc, newId, random } = board();
    const count = columnIds(doc).length;
    expect(insertColumn(doc, { title: '', after: null }, random, newId)).toBeNull();
    expect(insertColumn(doc, { title: 'X', after: 'ghost' as ColumnId }, random, newId)).toBeNull();
    expect(columnIds(doc)).toHaveLength(count);
  });
  it('moves columns and lanes one step in one transaction, stopping at the ends', () => {
    const { doc, random } = board();
    const [a, b, c] = columnIds(doc) as ColumnId[];
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(moveColumn(doc, a!, 1, random)).toBe(true);
    expect(transactions).toBe(1);
    expect(columnIds(doc).slice(0, 3)).toEqual([b, a, c]);
    expect(moveColumn(doc, a!, -1, random)).toBe(true);
    expect(columnIds(doc).slice(0, 3)).toEqual([a, b, c]);
    expect(moveColumn(doc, a!, -1, random)).toBe(false);
    const lanes = laneIds(doc);
    expect(moveLane(doc, lanes.at(-1)! as never, 1, random)).toBe(false);
    expect(moveLane(doc, lanes.at(-1)! as never, -1, random)).toBe(true);
    expect(laneIds(doc).slice(-2)).toEqual([lanes.at(-1), lanes.at(-2)]);
  });
  it('still moves when neighbours tie (a peer wrote equal positions)', () => {
    const { doc, random } = board();
    const ids = columnIds(doc);
    for (const id of ids) entryOf(columnsMap(doc), id)!.set('position', 'V');
    const order = columnIds(doc); // by id, since positions tie
    expect(moveColumn(doc, order[0] as ColumnId, 1, random)).toBe(true);
    expect(columnIds(doc).slice(0, 2)).toEqual([order[1], order[0]]);
    expect(new Set(listColumns(doc).map((c) => c.position)).size).toBe(ids.length);
  });
});

describe('remove', () => {
  it('removes a column but keeps its cards, and restoring brings them back', () => {
    const { doc } = board();
    const column = listColumns(doc)[0]!;
    const lane = listLanes(doc)[0]!;
    addCard(
      doc,
      { id: 'k1' as CardId, columnId: column.id, laneId: lane.id, position: 'V', createdBy: null },
      1,
    );
    const removed = removeColumn(doc, column.id);
    expect(removed).toMatchObject({ id: column.id, title: column.title });
    expect(columnIds(doc)).not.toContain(column.id);
    expect(listCards(doc).map((c) => c.columnId)).toEqual([column.id]);
    expect(restoreStructure(doc, 'column', removed!)).toBe(true);
    expect(listColumns(doc)[0]).toEqual(column);
    expect(restoreStructure(doc, 'column', removed!)).toBe(false);
  });
  it('keeps the last lane and ignores unknown ids', () => {
    const { doc } = board();
    const lanes = listLanes(doc);
    for (const lane of lanes.slice(1)) expect(removeLane(doc, lane.id)).not.toBeNull();
    expect(removeLane(doc, lanes[0]!.id)).toBeNull();
    expect(laneIds(doc)).toEqual([lanes[0]!.id]);
    expect(removeColumn(doc, 'ghost' as ColumnId)).toBeNull();
  });
});
