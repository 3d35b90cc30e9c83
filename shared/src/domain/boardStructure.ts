/**
 * Editing the board's structure: its columns (stages) and lanes (departments). Rename, set a
 * column's WIP limit, add, move and remove. Each change is one transaction, so it is one undo
 * step. Removing a column or lane never touches cards: a card whose column or lane is gone shows
 * in the "unsorted" place (DESIGN.md), and putting the column back puts its cards back.
 */
import type * as Y from 'yjs';
import {
  addColumn,
  addLane,
  columnsMap,
  lanesMap,
  listColumns,
  listLanes,
  type Column,
  type Lane,
  type YRecord,
} from '../sync/boardDoc';
import { entryOf } from '../sync/docReaders';
import type { ColumnId, LaneId, NewId, Random } from './ids';
import { positionBetween, positionsBetween } from './position';

export const STRUCTURE_TITLE_MAX = 60;
export const WIP_LIMIT_MAX = 999;

/** The title to store, trimmed, or null when it is empty or longer than 60 characters. */
export function cleanStructureTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = raw.trim();
  return title.length >= 1 && [...title].length <= STRUCTURE_TITLE_MAX ? title : null;
}

/** A WIP limit is a whole number from 1 to 999. */
export function isValidWipLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= WIP_LIMIT_MAX;
}

/**
 * What the person typed into a WIP limit field: a limit, `null` for "no limit" (empty), or
 * `undefined` when it is not a valid limit.
 */
export function parseWipLimitInput(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return isValidWipLimit(value) ? value : undefined;
}

export type StructureKind = 'column' | 'lane';

/** Columns and lanes are stored alike (a map of id → record with `title` and `position`). */
function rootOf(doc: Y.Doc, kind: StructureKind): Y.Map<unknown> {
  return kind === 'column' ? columnsMap(doc) : lanesMap(doc);
}
function listOf(doc: Y.Doc, kind: StructureKind): (Column | Lane)[] {
  return kind === 'column' ? listColumns(doc) : listLanes(doc);
}
function recordOf(doc: Y.Doc, kind: StructureKind, id: string): YRecord | null {
  return entryOf(rootOf(doc, kind), id) ?? null;
}

/** Renames a column or lane; false when it does not exist or the title is not valid. */
export function renameStructure(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  rawTitle: string,
): boolean {
  const title = cleanStructureTitle(rawTitle);
  const record = recordOf(doc, kind, id);
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
  const record = recordOf(doc, 'column', id);
  if (!record || (limit !== null && !isValidWipLimit(limit))) return false;
  doc.transact(() => {
    if (limit === null) record.delete('wipLimit');
    else if (record.get('wipLimit') !== limit) record.set('wipLimit', limit);
  });
  return true;
}

/**
 * Gives `id` a position that puts it at `index` of `others` (the order without it). When the
 * neighbours tie (a foreign peer wrote equal keys) there is no room between them, so every item
 * gets a fresh, evenly spread key in the intended order instead.
 */
function placeAt(
  doc: Y.Doc,
  kind: StructureKind,
  id: string,
  others: readonly (Column | Lane)[],
  index: number,
  random: Random,
): void {
  const before = others[index - 1]?.position ?? null;
  const after = others[index]?.position ?? null;
  const root = rootOf(doc, kind);
  if (after === null || (before ?? '') < after) {
    entryOf(root, id)?.set('position', positionBetween(before, after, random));
    return;
  }
  const order = [
    ...others.slice(0, index).map((o) => o.id),
    id,
    ...others.slice(index).map((o) => o.id),
  ];
  const keys = positionsBetween(null, null, order.length);
  order.forEach((itemId, i) => entryOf(root, itemId)?.set('position', keys[i]!));
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
  const index =
    options.after === null ? 0 : list.findIndex((item) => item.id === options.after) + 1;
  if (index === 0 && options.after !== null) return null;
  const id = newId();
  doc.transact(() => {
    const item = { id, title, position: 'V' };
    if (kind === 'column') addColumn(doc, item as Column);
    else addLane(doc, item as Lane);
    placeAt(doc, kind, id, list, index, random);
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
  doc.transact(() => placeAt(doc, kind, id, others, to, random));
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
