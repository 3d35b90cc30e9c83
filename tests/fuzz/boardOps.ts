/**
 * Random board operations for the convergence fuzz. Every write goes through the shared
 * functions a client uses (addCard, moveCard, updateCard, deleteCard, the description Y.Text),
 * except deleting a column or lane, which no shared function does yet, and the foreign writes
 * (junk into a card's fields, and into any root of the board or meeting document): the fuzz does
 * those on the raw maps, as any Yjs peer may.
 */
import * as Y from 'yjs';
import {
  addCard,
  addColumn,
  addLane,
  cardDescription,
  cardsMap,
  cellCards,
  columnsMap,
  deleteCard,
  entryOf,
  lanesMap,
  listCards,
  listColumns,
  listLanes,
  makeId,
  MEETING_ROOT,
  moveCard,
  positionBetween,
  PRIORITIES,
  RISK_KINDS,
  RISK_SEVERITIES,
  ROOT,
  type CardId,
  type CardPatch,
  type ColumnId,
  type LaneId,
  type MoveTarget,
  updateCard,
  type Random,
} from '@orderlane/shared';

export function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

const WORDS = ['fabric', '面料', 'late', 'ETD', '确认', 'carton', 'L/C', 'QC ok', '', ' '];

/** A cell of this replica's board, or undefined when it has no column or no lane left. */
export function randomCell(doc: Y.Doc, random: Random) {
  const column = pick(random, listColumns(doc));
  const lane = pick(random, listLanes(doc));
  return column && lane ? { columnId: column.id, laneId: lane.id } : undefined;
}

/** A drop place in a cell: before a card, after a card, or at the end. */
export function randomTarget(
  doc: Y.Doc,
  random: Random,
  cell: { columnId: ColumnId; laneId: LaneId },
): MoveTarget {
  const cards = cellCards(doc, cell.columnId, cell.laneId);
  const neighbour = pick(random, cards)?.id ?? null;
  const r = random();
  if (r < 0.4) return { ...cell, beforeId: neighbour };
  if (r < 0.8) return { ...cell, afterId: neighbour };
  return cell;
}

export function randomCardId(doc: Y.Doc, random: Random): CardId | undefined {
  return pick(random, [...cardsMap(doc).keys()].sort()) as CardId | undefined;
}

/**
 * Quick-add at a place in a cell: add, then move into place, in one transaction. Going through
 * moveCard (not positionBetween on the neighbours) is what makes it safe next to tied or junk
 * positions.
 */
export function opAddCard(doc: Y.Doc, random: Random, now: number): void {
  const cell = randomCell(doc, random);
  if (!cell) return;
  const target = randomTarget(doc, random, cell);
  const id = makeId(random) as CardId;
  doc.transact(() => {
    addCard(
      doc,
      {
        id,
        ...cell,
        position: positionBetween(null, null),
        createdBy: null,
        title: pick(random, WORDS)!,
        description: pick(random, WORDS)!,
      },
      now,
    );
    moveCard(doc, id, target, random, now);
  });
}

export function opMoveCard(doc: Y.Doc, random: Random, now: number): void {
  const cardId = randomCardId(doc, random);
  const cell = randomCell(doc, random);
  if (cardId && cell) moveCard(doc, cardId, randomTarget(doc, random, cell), random, now);
}

export function opUpdateCard(doc: Y.Doc, random: Random, now: number): void {
  const cardId = randomCardId(doc, random);
  if (!cardId) return;
  const patch: CardPatch = {};
  if (random() < 0.5) patch.title = `${pick(random, WORDS)} ${Math.floor(random() * 100)}`;
  if (random() < 0.3) patch.priority = pick(random, PRIORITIES)!;
  if (random() < 0.3)
    patch.dueDate =
      random() < 0.2 ? null : `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
  if (random() < 0.3) patch.quantity = Math.floor(random() * 10_000);
  if (random() < 0.2) patch.ownerId = random() < 0.3 ? null : `user${Math.floor(random() * 5)}`;
  if (random() < 0.2) {
    patch.risks =
      random() < 0.3
        ? []
        : [
            {
              kind: pick(random, RISK_KINDS)!,
              severity: pick(random, RISK_SEVERITIES)!,
              note: pick(random, WORDS)!,
            },
          ];
  }
  updateCard(doc, cardId, patch, now);
}

export function opEditDescription(doc: Y.Doc, random: Random): void {
  const cardId = randomCardId(doc, random);
  const text = cardId && cardDescription(doc, cardId);
  if (!text) return;
  const length = text.length;
  if (length > 0 && random() < 0.4) {
    const from = Math.floor(random() * length);
    text.delete(from, Math.min(length - from, 1 + Math.floor(random() * 5)));
  } else {
    text.insert(Math.floor(random() * (length + 1)), pick(random, WORDS)!);
  }
}

export function opDeleteCard(doc: Y.Doc, random: Random): void {
  const cardId = randomCardId(doc, random);
  if (cardId) deleteCard(doc, cardId);
}

/**
 * Deletes a column or a lane, preferably one that holds cards, and keeps the board from running
 * empty by adding a fresh column or lane when few are left.
 */
export function opReshapeBoard(doc: Y.Doc, random: Random): void {
  const useColumns = random() < 0.5;
  const items = useColumns ? listColumns(doc) : listLanes(doc);
  if (items.length <= 3) {
    const last = items[items.length - 1]?.position ?? null;
    const fresh = {
      id: makeId(random),
      title: 'new',
      position: positionBetween(last, null, random),
    };
    if (useColumns) addColumn(doc, { ...fresh, id: fresh.id as ColumnId });
    else addLane(doc, { ...fresh, id: fresh.id as LaneId });
    return;
  }
  const occupied = new Set(listCards(doc).map((c) => (useColumns ? c.columnId : c.laneId)));
  const withCards = items.filter((i) => occupied.has(i.id));
  const victim = pick(random, withCards.length > 0 ? withCards : items)!;
  (useColumns ? columnsMap(doc) : lanesMap(doc)).delete(victim.id);
}

/** Junk any Yjs peer may write into a card: readers must cope, repairs must clean it up. */
const FOREIGN_VALUES: [string, unknown][] = [
  ['position', ''],
  ['position', 7],
  ['position', 'V0'],
  ['position', 'k!?'],
  ['position', null],
  ['columnId', 42],
  ['laneId', null],
  ['priority', 'asap'],
  ['risks', 'many'],
  ['risks', [null, { kind: 'alien' }]],
  ['quantity', -5],
  ['dueDate', 'soon'],
  ['description', 'plain string instead of Y.Text'],
];

export function opForeignWrite(doc: Y.Doc, random: Random): void {
  const cardId = randomCardId(doc, random);
  const [key, value] = pick(random, FOREIGN_VALUES)!;
  if (cardId) entryOf(cardsMap(doc), cardId)?.set(key, value);
}

/** Every root of both documents (board and meeting series): a peer may write into any of them. */
export const FOREIGN_ROOTS = [...Object.values(ROOT), ...Object.values(MEETING_ROOT)];

/** What a peer can put where an entry map (or, in `meta`, a field) belongs. */
const FOREIGN_ENTRIES: (() => unknown)[] = [
  () => 7,
  () => 'entry',
  () => null,
  () => true,
  () => ({ position: 'V', title: 'plain object' }),
  () => [1, 'two'],
  () => Y.Array.from([1, 2]),
  () => new Y.Text('text'),
  () => {
    // A map, but with every field wrong.
    const map = new Y.Map<unknown>();
    for (const key of ['title', 'position', 'columnId', 'laneId', 'meetingId', 'date', 'stage'])
      map.set(key, pick(FIXED_RANDOM, [7, null, '', Y.Array.from([0])]));
    return map;
  },
];
const FIXED_RANDOM: Random = () => 0.5;
const FOREIGN_META_KEYS = ['title', 'kind', 'cadence', 'sourceBoardIds', 'facilitatorId'];

/**
 * Junk straight into a root of either document: under a new id, an invalid id, or over an
 * existing entry (a real column, lane or card replaced by a number, say).
 */
export function opForeignRootWrite(doc: Y.Doc, random: Random): void {
  const root = pick(random, FOREIGN_ROOTS)!;
  const map = doc.getMap<unknown>(root);
  const value = pick(random, FOREIGN_ENTRIES)!();
  if (root === ROOT.meta) {
    map.set(pick(random, FOREIGN_META_KEYS)!, value);
    return;
  }
  const r = random();
  const existing = pick(random, [...map.keys()]);
  const id = r < 0.4 && existing ? existing : r < 0.6 ? `bad id ${makeId(random)}` : makeId(random);
  map.set(id, value);
}
