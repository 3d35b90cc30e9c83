import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  columnsMap,
  getCard,
  listCards,
  listColumns,
  listLanes,
} from './boardDoc';
import { entryOf } from './docReaders';
import { initBoardDoc } from './orderBoardTemplate';
import type { CardId, ColumnId, LaneId } from '../domain/ids';
import {
  cellCards,
  insertColumn,
  insertLane,
  moveCard,
  moveColumn,
  moveLane,
  removeColumn,
  removeLane,
  renameColumn,
  renameLane,
  restoreStructure,
  setColumnWipLimit,
} from './boardCommands';
import { isValidPosition } from '../domain/position';

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
  const [c0, c1] = listColumns(doc);
  const [l0, l1] = listLanes(doc);
  return { doc, c0: c0!.id, c1: c1!.id, l0: l0!.id, l1: l1!.id };
}

function put(doc: Y.Doc, id: string, columnId: ColumnId, laneId: LaneId, position: string) {
  addCard(doc, { id: id as CardId, columnId, laneId, position, createdBy: null, title: id }, 1);
}

/** Moves card `x` at time 2, with a random seeded by `seed`. */
const moveX = (doc: Y.Doc, to: Parameters<typeof moveCard>[2], seed: number) =>
  moveCard(doc, 'x' as CardId, to, mulberry32(seed), 2);

const ids = (doc: Y.Doc, c: ColumnId, l: LaneId) =>
  cellCards(doc, c, l).map((card): string => card.id);

describe('moveCard', () => {
  it('moves a card into an empty cell and writes column, lane, position and updatedAt', () => {
    const { doc, c0, c1, l0, l1 } = board();
    put(doc, 'a', c0, l0, 'V');
    expect(moveCard(doc, 'a' as CardId, { columnId: c1, laneId: l1 }, mulberry32(1), 42)).toBe(
      true,
    );
    const card = getCard(doc, 'a' as CardId)!;
    expect([card.columnId, card.laneId, card.updatedAt]).toEqual([c1, l1, 42]);
    expect(ids(doc, c0, l0)).toEqual([]);
    expect(ids(doc, c1, l1)).toEqual(['a']);
  });

  it('places a card before a card, after a card, and at the end', () => {
    const { doc, c0, c1, l0 } = board();
    put(doc, 'a', c1, l0, 'F');
    put(doc, 'b', c1, l0, 'V');
    put(doc, 'c', c1, l0, 'k');
    put(doc, 'x', c0, l0, 'V');
    put(doc, 'y', c0, l0, 'k');
    put(doc, 'z', c0, l0, 'q');
    const random = mulberry32(2);
    moveCard(doc, 'x' as CardId, { columnId: c1, laneId: l0, beforeId: 'b' as CardId }, random, 2);
    expect(ids(doc, c1, l0)).toEqual(['a', 'x', 'b', 'c']);
    moveCard(doc, 'y' as CardId, { columnId: c1, laneId: l0, afterId: 'b' as CardId }, random, 3);
    expect(ids(doc, c1, l0)).toEqual(['a', 'x', 'b', 'y', 'c']);
    moveCard(doc, 'z' as CardId, { columnId: c1, laneId: l0 }, random, 4);
    expect(ids(doc, c1, l0)).toEqual(['a', 'x', 'b', 'y', 'c', 'z']);
    // Before the first card, and reordering within the same cell.
    moveCard(doc, 'c' as CardId, { columnId: c1, laneId: l0, beforeId: 'a' as CardId }, random, 5);
    expect(ids(doc, c1, l0)).toEqual(['c', 'a', 'x', 'b', 'y', 'z']);
    moveCard(doc, 'c' as CardId, { columnId: c1, laneId: l0, afterId: 'z' as CardId }, random, 6);
    expect(ids(doc, c1, l0)).toEqual(['a', 'x', 'b', 'y', 'z', 'c']);
  });

  it('falls back to the end when the neighbour is not in the target cell', () => {
    const { doc, c0, c1, l0 } = board();
    put(doc, 'a', c1, l0, 'F');
    put(doc, 'b', c1, l0, 'V');
    put(doc, 'x', c0, l0, 'V');
    put(doc, 'elsewhere', c0, l0, 'k');
    moveX(doc, { columnId: c1, laneId: l0, beforeId: 'elsewhere' as CardId }, 3);
    expect(ids(doc, c1, l0)).toEqual(['a', 'b', 'x']);
  });

  it('repairs tied positions in the target cell and drops between the tied cards', () => {
    const { doc, c0, c1, l0 } = board();
    // Two replicas dropped into one gap and drew the same key: order is still (position, id).
    put(doc, 'p', c1, l0, 'V');
    put(doc, 'q', c1, l0, 'V');
    put(doc, 'r', c1, l0, 'V');
    put(doc, 'x', c0, l0, 'V');
    moveX(doc, { columnId: c1, laneId: l0, afterId: 'p' as CardId }, 4);
    const cell = cellCards(doc, c1, l0);
    expect(cell.map((c) => c.id)).toEqual(['p', 'x', 'q', 'r']);
    expect(new Set(cell.map((c) => c.position)).size).toBe(4);
  });

  it('writes one move (repair included) as one transaction: one update event', () => {
    const { doc, c0, c1, l0 } = board();
    put(doc, 'p', c1, l0, 'V');
    put(doc, 'q', c1, l0, 'V');
    put(doc, 'x', c0, l0, 'V');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    moveX(doc, { columnId: c1, laneId: l0, beforeId: 'q' as CardId }, 5);
    expect(updates).toHaveLength(1);
    // The single update carries the whole move: a replica that applies it sees the same cell.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(ids(replica, c1, l0)).toEqual(['p', 'x', 'q']);
  });

  it('drops next to junk positions a foreign peer wrote, and repairs them', () => {
    const { doc, c0, c1, l0 } = board();
    put(doc, 'a', c1, l0, 'V');
    put(doc, 'x', c0, l0, 'V');
    // Written by some other program: wrong type, empty, bad digits, trailing zero.
    const junk: [string, unknown][] = [
      ['j1', 7],
      ['j2', ''],
      ['j3', 'k!?'],
      ['j4', 'V0'],
    ];
    for (const [id, position] of junk) {
      put(doc, id, c1, l0, 'F');
      entryOf(cardsMap(doc), id)!.set('position', position);
    }
    const order = ids(doc, c1, l0);
    const random = mulberry32(8);
    for (const neighbour of order) {
      for (const side of ['beforeId', 'afterId'] as const) {
        const target = { columnId: c1, laneId: l0, [side]: neighbour as CardId };
        expect(() => moveCard(doc, 'x' as CardId, target, random, 3)).not.toThrow();
        const others = ids(doc, c1, l0).filter((id) => id !== 'x');
        expect(others).toEqual(order);
        const at = ids(doc, c1, l0).indexOf('x');
        const expected = others.indexOf(neighbour) + (side === 'afterId' ? 1 : 0);
        expect(at, `${side} ${neighbour}`).toBe(expected);
      }
    }
    const cell = cellCards(doc, c1, l0);
    expect(cell.every((c) => isValidPosition(c.position))).toBe(true);
    expect(new Set(cell.map((c) => c.position)).size).toBe(cell.length);
  });

  it('returns false and writes nothing for an unknown card', () => {
    const { doc, c1, l0 } = board();
    let events = 0;
    doc.on('update', () => events++);
    expect(moveCard(doc, 'nope' as CardId, { columnId: c1, laneId: l0 }, mulberry32(6), 2)).toBe(
      false,
    );
    expect(events).toBe(0);
    expect(cardsMap(doc).size).toBe(0);
  });
});

function structureBoard() {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `id${n++}` });
  return { doc, newId: () => `new${n++}`, random: mulberry32(7) };
}
const columnIds = (doc: Y.Doc) => listColumns(doc).map((c): string => c.id);
const laneIds = (doc: Y.Doc) => listLanes(doc).map((l): string => l.id);

describe('rename and WIP limit', () => {
  it('renames a column and a lane, refusing bad titles and unknown ids', () => {
    const { doc } = structureBoard();
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
    const { doc } = structureBoard();
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
    const { doc, newId, random } = structureBoard();
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
    const { doc, newId, random } = structureBoard();
    const count = columnIds(doc).length;
    expect(insertColumn(doc, { title: '', after: null }, random, newId)).toBeNull();
    expect(insertColumn(doc, { title: 'X', after: 'ghost' as ColumnId }, random, newId)).toBeNull();
    expect(columnIds(doc)).toHaveLength(count);
  });
  it('moves columns and lanes one step in one transaction, stopping at the ends', () => {
    const { doc, random } = structureBoard();
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
    const { doc, random } = structureBoard();
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
    const { doc } = structureBoard();
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
    const { doc } = structureBoard();
    const lanes = listLanes(doc);
    for (const lane of lanes.slice(1)) expect(removeLane(doc, lane.id)).not.toBeNull();
    expect(removeLane(doc, lanes[0]!.id)).toBeNull();
    expect(laneIds(doc)).toEqual([lanes[0]!.id]);
    expect(removeColumn(doc, 'ghost' as ColumnId)).toBeNull();
  });
});
