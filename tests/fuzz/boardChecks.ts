/**
 * What must hold for a set of board replicas after the network is quiet: identical content, state
 * vectors and delete sets (Yjs testHelper's `compare`), and the board's invariants
 * (docs/board-document.md, "How this is tested").
 */
import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  cellKey,
  isValidPosition,
  layoutCards,
  listCards,
  listColumns,
  listActionItems,
  listAgendaItems,
  listLanes,
  listMeetings,
  MEETING_ROOT,
  readMeta,
  readSourceBoardIds,
  ROOT,
  type BoardLayout,
} from '@orderlane/shared';

export function boardLayout(doc: Y.Doc): BoardLayout {
  return layoutCards(
    listCards(doc),
    new Set(listColumns(doc).map((c) => c.id)),
    new Set(listLanes(doc).map((l) => l.id)),
  );
}

/** The layout as plain ids: cell key → card ids in board order, plus the unsorted ids. */
export function layoutIds(doc: Y.Doc) {
  const layout = boardLayout(doc);
  const cells: Record<string, string[]> = {};
  for (const [key, cards] of layout.cells) cells[key] = cards.map((c) => c.id);
  return { cells, unsorted: layout.unsorted.map((c) => c.id) };
}

function stateVector(doc: Y.Doc): [number, number][] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()].sort((a, b) => a[0] - b[0]);
}

/** Every replica holds the same document, state vector and delete set as the first. */
export function expectConverged(docs: readonly Y.Doc[]): void {
  const [first, ...rest] = docs;
  for (const doc of docs) {
    expect(doc.store.pendingStructs, 'updates still pending (missing dependencies)').toBeNull();
    expect(doc.store.pendingDs, 'deletes still pending').toBeNull();
  }
  for (const doc of rest) {
    for (const root of [...Object.values(ROOT), ...Object.values(MEETING_ROOT)]) {
      expect(doc.getMap(root).toJSON(), `root "${root}" differs`).toEqual(
        first!.getMap(root).toJSON(),
      );
    }
    expect(stateVector(doc), 'state vectors differ').toEqual(stateVector(first!));
    expect(
      Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(first!)),
      'delete sets or state vectors differ',
    ).toBe(true);
    expect(layoutIds(doc), 'board order differs').toEqual(layoutIds(first!));
  }
}

/** Every card is shown exactly once (in its own cell or in unsorted) and no card in two cells. */
export function expectEveryCardOnce(doc: Y.Doc): void {
  const cards = listCards(doc);
  const layout = boardLayout(doc);
  const shown = [...[...layout.cells.values()].flat(), ...layout.unsorted].map((c) => c.id);
  expect(shown.length, 'cards shown vs cards held').toBe(cards.length);
  expect(new Set(shown).size, 'a card is shown twice').toBe(cards.length);
  for (const [key, cell] of layout.cells) {
    for (const card of cell) expect(cellKey(card.columnId, card.laneId)).toBe(key);
  }
}

/** The cells where two cards share a position or a card has no valid position. */
export function tiedCells(doc: Y.Doc): string[] {
  const tied: string[] = [];
  for (const [key, cell] of boardLayout(doc).cells) {
    const positions = cell.map((c) => c.position);
    if (new Set(positions).size !== cell.length || !positions.every(isValidPosition)) {
      tied.push(key);
    }
  }
  return tied;
}

/** Every reader of both documents answers (junk in any root is skipped, never thrown on). */
export function expectReadable(doc: Y.Doc): void {
  expect(() => {
    readMeta(doc);
    readSourceBoardIds(doc);
    listColumns(doc);
    listLanes(doc);
    listCards(doc);
    listMeetings(doc);
    listAgendaItems(doc);
    listActionItems(doc);
  }).not.toThrow();
}
