/**
 * Modelling a move as delete-and-insert in a Y.Array duplicates cards under concurrent moves
 * (docs/board-document.md, "Why maps, not arrays"). Our model (one Y.Map per card holding columnId/laneId/position) must leave a
 * card moved concurrently on two replicas in exactly one cell. The last test shows the check
 * does catch the array model's duplicate, so it is not vacuous.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cellKey,
  initBoardDoc,
  listColumns,
  listLanes,
  makeId,
  moveCard,
  type CardId,
} from '@orderlane/shared';
import { boardLayout, expectConverged, expectEveryCardOnce } from './boardChecks';
import { mulberry32 } from './random';

/** The cells (and the unsorted place) a card shows in. */
function placesOf(doc: Y.Doc, cardId: string): string[] {
  const layout = boardLayout(doc);
  const places = [...layout.cells].filter(([, cards]) => cards.some((c) => c.id === cardId));
  const keys = places.map(([key]) => key);
  if (layout.unsorted.some((c) => c.id === cardId)) keys.push('unsorted');
  return keys;
}

function twoReplicas(seed: number) {
  const random = mulberry32(seed);
  const origin = new Y.Doc();
  initBoardDoc(origin, { title: 'Orders', kind: 'orders', newId: () => makeId(random) });
  const columns = listColumns(origin);
  const lanes = listLanes(origin);
  addCard(
    origin,
    {
      id: 'order-1' as CardId,
      columnId: columns[0]!.id,
      laneId: lanes[0]!.id,
      position: 'V',
      createdBy: null,
    },
    0,
  );
  const state = Y.encodeStateAsUpdate(origin);
  const a = new Y.Doc();
  const b = new Y.Doc();
  // Both orders of client ids: the winner of a concurrent write is decided by client id.
  a.clientID = seed % 2 === 0 ? 1 : 2;
  b.clientID = seed % 2 === 0 ? 2 : 1;
  Y.applyUpdate(a, state);
  Y.applyUpdate(b, state);
  return { a, b, columns, lanes, random };
}

function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('concurrent moves of one card', () => {
  it('leave the card in exactly one cell, the target of one of the moves', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { a, b, columns, lanes, random } = twoReplicas(seed);
      const targetA = { columnId: columns[1 + (seed % 5)]!.id, laneId: lanes[seed % 8]!.id };
      const targetB = { columnId: columns[6 + (seed % 5)]!.id, laneId: lanes[(seed + 3) % 8]!.id };
      moveCard(a, 'order-1' as CardId, targetA, random, 1);
      moveCard(b, 'order-1' as CardId, targetB, random, 2);
      exchange(a, b);
      expectConverged([a, b]);
      for (const doc of [a, b]) {
        expectEveryCardOnce(doc);
        expect(placesOf(doc, 'order-1'), `seed=${seed}`).toHaveLength(1);
      }
      // Column, lane and position were written in one transaction, so one move wins whole.
      const [place] = placesOf(a, 'order-1');
      expect([
        cellKey(targetA.columnId, targetA.laneId),
        cellKey(targetB.columnId, targetB.laneId),
      ]).toContain(place);
    }
  });

  it('leave the card in one place when one move targets a column deleted meanwhile', () => {
    const { a, b, columns, lanes, random } = twoReplicas(3);
    moveCard(a, 'order-1' as CardId, { columnId: columns[4]!.id, laneId: lanes[2]!.id }, random, 1);
    b.getMap('columns').delete(columns[4]!.id);
    moveCard(b, 'order-1' as CardId, { columnId: columns[5]!.id, laneId: lanes[3]!.id }, random, 2);
    exchange(a, b);
    expectConverged([a, b]);
    for (const doc of [a, b]) expect(placesOf(doc, 'order-1')).toHaveLength(1);
  });

  it('the delete-and-insert Y.Array model does duplicate the card', () => {
    const origin = new Y.Doc();
    const cells = origin.getMap<Y.Array<string>>('cells');
    for (const key of ['inquiry', 'quotation', 'sample']) cells.set(key, new Y.Array<string>());
    cells.get('inquiry')!.push(['order-1']);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(origin));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(origin));
    const moveInArrays = (doc: Y.Doc, to: string) =>
      doc.transact(() => {
        const map = doc.getMap<Y.Array<string>>('cells');
        map.get('inquiry')!.delete(0, 1);
        map.get(to)!.push(['order-1']);
      });
    moveInArrays(a, 'quotation');
    moveInArrays(b, 'sample');
    exchange(a, b);
    const shown = [...a.getMap<Y.Array<string>>('cells').values()].flatMap((arr) => arr.toArray());
    expect(shown.filter((id) => id === 'order-1')).toHaveLength(2);
  });
});
