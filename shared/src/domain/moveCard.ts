/** Moving a card: one drop writes columnId, laneId and position in one transaction. */
import type * as Y from 'yjs';
import { cardsMap, readCard } from '../sync/boardDoc';
import { entriesOf, entryOf } from '../sync/docReaders';
import type { CardId, ColumnId, LaneId, Random } from './ids';
import { compareByPosition, positionBetween, repairTies } from './position';

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
    if (map.get('columnId') === columnId && map.get('laneId') === laneId)
      cards.push(readCard(id, map));
  }
  return cards.sort(compareByPosition);
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
  let index = others.length;
  if (target.beforeId) {
    const i = others.findIndex((c) => c.id === target.beforeId);
    if (i >= 0) index = i;
  } else if (target.afterId) {
    const i = others.findIndex((c) => c.id === target.afterId);
    if (i >= 0) index = i + 1;
  }
  doc.transact(() => {
    // Make the neighbourhood strictly ordered first, so there is a gap to drop into.
    const repaired = repairTies(others, random);
    for (const [id, position] of repaired) entryOf(cardsMap(doc), id)?.set('position', position);
    const positions = others.map((c) => repaired.get(c.id) ?? c.position);
    const before = index > 0 ? positions[index - 1]! : null;
    const after = index < positions.length ? positions[index]! : null;
    card.set('columnId', target.columnId);
    card.set('laneId', target.laneId);
    card.set('position', positionBetween(before, after, random));
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
