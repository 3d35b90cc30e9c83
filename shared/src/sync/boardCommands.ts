/**
 * The board edits that touch more than one field: moving a card, and editing the board's
 * structure, its columns (stages) and lanes (departments). Each is one transaction, so it is one
 * undo step. Where an item goes among its siblings is `placeAmong`'s rule; a command first
 * spreads tied keys of the list apart (`repairTies`), so there is a gap to drop into.
 *
 * Removing a column or lane never touches cards: a card whose column or lane is gone shows in
 * the "unsorted" place (docs/board-document.md), and putting the column back puts its cards back.
 */
import type * as Y from 'yjs';
import type { Column, Lane } from '../domain/board';
import { cleanStructureTitle, isValidWipLimit, type StructureKind } from '../domain/boardStructure';
import type { CardId, ColumnId, LaneId, NewId, Random } from '../domain/ids';
import { compareByPosition, placeAmong, repairTies, type Sibling } from '../domain/position';
import {
  addColumn,
  addLane,
  cardsMap,
  columnsMap,
  lanesMap,
  listColumns,
  listLanes,
  readCard,
} from './boardDoc';
import { entriesOf, entryOf, readString, type YRecord } from './docReaders';

export interface MoveTarget {
  columnId: ColumnId;
  laneId: LaneId;
  /** Place the card right after this card of the target cell; null/undefined with no beforeId = end. */
  afterId?: CardId | null;
  /** Place the card right before this card of the target cell. */
  beforeId?: CardId | null;
}

/** The cards of one cell (column × lane), in board order. */
export function cellCards(doc: Y.Doc, columnId: ColumnId, laneId: LaneId) {
  const cards = [];
  // Only real entries: junk a hostile client wrote there is not a card.
  for (const [id, map] of entriesOf(cardsMap(doc))) {
    if (readString(map.get('columnId')) === columnId && readString(map.get('laneId')) === laneId)
      cards.push(readCard(id, map));
  }
  return cards.sort(compareByPosition);
}

/**
 * Spreads the tied (or invalid) keys of `list` apart, writing them into `root`, and returns the
 * list with its new keys. Call inside a transaction.
 */
function repairList(root: Y.Map<unknown>, list: readonly Sibling[], random: Random): Sibling[] {
  const repaired = repairTies(list, random);
  for (const [id, position] of repaired) entryOf(root, id)?.set('position', position);
  return list.map((s) => ({ id: s.id, position: repaired.get(s.id) ?? s.position }));
}

/**
 * Moves a card into a cell at the given place. Ties in the target cell (from concurrent drops
 * into one gap) are repaired in the same transaction. Returns false if the card does not exist.
 */
export function moveCard(
  doc: Y.Doc,
  cardId: CardId,
  target: MoveTarget,
  random: Random,
  now: number,
): boolean {
  const card = entryOf(cardsMap(doc), cardId);
  if (!card) return false;
  const others = cellCards(doc, target.columnId, target.laneId).filter((c) => c.id !== cardId);
  doc.transact(() => {
    const siblings = repairList(cardsMap(doc), others, random);
    card.set('columnId', target.columnId);
    card.set('laneId', target.laneId);
    card.set('position', placeAmong(siblings, target, random));
    card.set('updatedAt', now);
  });
  return true;
}

/**
 * Spreads the tied positions of one cell apart, keeping the (position, id) order everyone already
 * sees. Ties are rare (concurrent drops into one gap that drew the same key) and harmless to
 * order, but a later drop needs a gap between every two cards. A client runs this when it sees a
 * tie; returns how many cards it rewrote (0 writes nothing).
 */
export function repairCellTies(
  doc: Y.Doc,
  columnId: ColumnId,
  laneId: LaneId,
  random: Random,
): number {
  const changes = repairTies(cellCards(doc, columnId, laneId), random);
  if (changes.size === 0) return 0;
  doc.transact(() => {
    for (const [id, position] of changes) entryOf(cardsMap(doc), id)?.set('position', position);
  });
  return changes.size;
}

/** Columns and lanes are stored alike (a map of id → record with `title` and `position`). */
function rootOf(doc: Y.Doc, kind: StructureKind): Y.Map<unknown> {
  return kind === 'column' ? columnsMap(doc) : lanesMap(doc);
}
function listOf(doc: Y.Doc, kind: StructureKind): (Column | Lane)[] {
  return kind === 'column' ? listColumns(doc) : listLanes(doc);
}
function structureEntry(doc: Y.Doc, kind: StructureKind, id: string): YRecord | null {
  return entryOf(rootOf(doc, kind), id) ?? null;
}

/** Gives column or lane `id` the position `placement` names among `others` (the list without it). */
function placeStructure(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  others: readonly (Column | Lane)[],
  placement: { beforeId?: string | null; afterId?: string | null },
  random: Random,
): void {
  const root = rootOf(doc, kind);
  const siblings = repairList(root, others, random);
  entryOf(root, id)?.set('position', placeAmong(siblings, placement, random));
}

/** Renames a column or lane; false when it does not exist or the title is not valid. */
export function renameStructure(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  rawTitle: string,
): boolean {
  const title = cleanStructureTitle(rawTitle);
  const record = structureEntry(doc, kind, id);
  if (title === null || !record) return false;
  if (record.get('title') !== title) doc.transact(() => record.set('title', title));
  return true;
}

export const renameColumn = (doc: Y.Doc, id: ColumnId, title: string) =>
  renameStructure(doc, 'column', id, title);
export const renameLane = (doc: Y.Doc, id: LaneId, title: string) =>
  renameStructure(doc, 'lane', id, title);

/** Sets a column's WIP limit (1–999), or clears it with null; false for a bad limit or column. */
export function setColumnWipLimit(doc: Y.Doc, id: ColumnId, limit: number | null): boolean {
  const record = structureEntry(doc, 'column', id);
  if (!record || (limit !== null && !isValidWipLimit(limit))) return false;
  doc.transact(() => {
    if (limit === null) record.delete('wipLimit');
    else if (record.get('wipLimit') !== limit) record.set('wipLimit', limit);
  });
  return true;
}

/**
 * Adds a column or lane right after `after` (null: first). Returns the new id, or null when the
 * title is not valid or `after` does not exist.
 */
export function insertStructure(
  doc: Y.Doc,
  kind: StructureKind,
  options: { title: string; after: string | null },
  random: Random,
  newId: NewId,
): string | null {
  const title = cleanStructureTitle(options.title);
  if (title === null) return null;
  const list = listOf(doc, kind);
  if (options.after !== null && !list.some((item) => item.id === options.after)) return null;
  const id = newId();
  const placement = options.after === null ? { beforeId: list[0]?.id } : { afterId: options.after };
  doc.transact(() => {
    const item = { id, title, position: 'V' };
    if (kind === 'column') addColumn(doc, item as Column);
    else addLane(doc, item as Lane);
    placeStructure(doc, kind, id, list, placement, random);
  });
  return id;
}

export const insertColumn = (
  doc: Y.Doc,
  options: { title: string; after: ColumnId | null },
  random: Random,
  newId: NewId,
) => insertStructure(doc, 'column', options, random, newId) as ColumnId | null;
export const insertLane = (
  doc: Y.Doc,
  options: { title: string; after: LaneId | null },
  random: Random,
  newId: NewId,
) => insertStructure(doc, 'lane', options, random, newId) as LaneId | null;

/** Moves a column left (-1) or right (+1), a lane up (-1) or down (+1); false at either end. */
export function moveStructure(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  direction: -1 | 1,
  random: Random,
): boolean {
  const list = listOf(doc, kind);
  const from = list.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= list.length) return false;
  const others = list.filter((item) => item.id !== id);
  // At index `to` of the list without it: before the item now there, or last.
  doc.transact(() => placeStructure(doc, kind, id, others, { beforeId: others[to]?.id }, random));
  return true;
}

export const moveColumn = (doc: Y.Doc, id: ColumnId, direction: -1 | 1, random: Random) =>
  moveStructure(doc, 'column', id, direction, random);
export const moveLane = (doc: Y.Doc, id: LaneId, direction: -1 | 1, random: Random) =>
  moveStructure(doc, 'lane', id, direction, random);

/**
 * Removes a column or lane and returns what it was (to put it back), or null when it does not
 * exist or is the last one (a board keeps at least one column and one lane). Cards stay.
 */
export function removeStructure(doc: Y.Doc, kind: StructureKind, id: string): Column | Lane | null {
  const list = listOf(doc, kind);
  const item = list.find((entry) => entry.id === id);
  if (!item || list.length <= 1) return null;
  doc.transact(() => rootOf(doc, kind).delete(id));
  return item;
}

export const removeColumn = (doc: Y.Doc, id: ColumnId) =>
  removeStructure(doc, 'column', id) as Column | null;
export const removeLane = (doc: Y.Doc, id: LaneId) =>
  removeStructure(doc, 'lane', id) as Lane | null;

/** Puts a removed column or lane back with the same id, so its cards return to it. */
export function restoreStructure(doc: Y.Doc, kind: StructureKind, item: Column | Lane): boolean {
  if (rootOf(doc, kind).has(item.id)) return false;
  doc.transact(() => {
    if (kind === 'column') addColumn(doc, item as Column);
    else addLane(doc, item as Lane);
  });
  return true;
}
