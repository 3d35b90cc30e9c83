import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_FIELDS, type Card } from './card';
import { cellKey, layoutCards } from './boardLayout';
import type { CardId, ColumnId, LaneId } from './ids';

function card(id: string, columnId: string, laneId: string, position: string): Card {
  return {
    ...DEFAULT_CARD_FIELDS,
    id: id as CardId,
    columnId: columnId as ColumnId,
    laneId: laneId as LaneId,
    position,
    createdAt: 0,
    createdBy: null,
    updatedAt: 0,
  };
}

const columns = new Set(['c1', 'c2']);
const lanes = new Set(['l1', 'l2']);

describe('layoutCards', () => {
  it('puts each card in its cell, ordered by (position, id)', () => {
    const layout = layoutCards(
      [card('b', 'c1', 'l1', 'V'), card('a', 'c1', 'l1', 'V'), card('c', 'c1', 'l1', 'F')],
      columns,
      lanes,
    );
    expect(layout.cells.get(cellKey('c1', 'l1'))!.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(layout.unsorted).toEqual([]);
  });

  it('shows a card whose column or lane is gone in unsorted, never drops it', () => {
    const cards = [
      card('ok', 'c2', 'l2', 'V'),
      card('noColumn', 'gone', 'l1', 'V'),
      card('noLane', 'c1', 'gone', 'F'),
      card('neither', 'x', 'y', 'k'),
      card('junk', '', '', ''),
    ];
    const layout = layoutCards(cards, columns, lanes);
    expect(layout.unsorted.map((c) => c.id)).toEqual(['junk', 'noLane', 'noColumn', 'neither']);
    expect(layout.cells.get(cellKey('c2', 'l2'))!.map((c) => c.id)).toEqual(['ok']);
    expect(layout.cells.size).toBe(1);
  });

  it('shows every card exactly once across cells and unsorted', () => {
    const cards: Card[] = [];
    const columnIds = ['c1', 'c2', 'gone'];
    const laneIds = ['l1', 'l2', 'lost'];
    for (let i = 0; i < 90; i++) {
      cards.push(card(`k${i}`, columnIds[i % 3]!, laneIds[Math.floor(i / 3) % 3]!, 'V'));
    }
    const layout = layoutCards(cards, columns, lanes);
    const shown = [...[...layout.cells.values()].flat(), ...layout.unsorted].map((c) => c.id);
    expect(shown).toHaveLength(cards.length);
    expect(new Set(shown)).toEqual(new Set(cards.map((c) => c.id)));
    // 4 of the 9 (column, lane) combinations exist.
    expect(layout.unsorted).toHaveLength(50);
    for (const [key, cell] of layout.cells) {
      for (const c of cell) expect(cellKey(c.columnId, c.laneId)).toBe(key);
    }
  });
});
