/**
 * Where every card is shown: each card in exactly one cell. A card whose column or lane no longer
 * exists goes to the "unsorted" place instead of disappearing.
 */
import type { Card } from './card';
import { compareByPosition } from './position';

export function cellKey(columnId: string, laneId: string): string {
  return `${columnId}\u0000${laneId}`;
}

export interface BoardLayout {
  cells: Map<string, Card[]>;
  unsorted: Card[];
}

export function layoutCards(
  cards: readonly Card[],
  columnIds: ReadonlySet<string>,
  laneIds: ReadonlySet<string>,
): BoardLayout {
  const cells = new Map<string, Card[]>();
  const unsorted: Card[] = [];
  for (const card of cards) {
    if (!columnIds.has(card.columnId) || !laneIds.has(card.laneId)) {
      unsorted.push(card);
      continue;
    }
    const key = cellKey(card.columnId, card.laneId);
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  for (const cell of cells.values()) cell.sort(compareByPosition);
  unsorted.sort(compareByPosition);
  return { cells, unsorted };
}
