/** Order board documents in memory, for the client's sync and board tests. */
import * as Y from 'yjs';
import { initBoardDoc, listColumns, listLanes } from '@orderlane/shared';
import { createBoardActions } from '../boardActions';

/** A document written by the real order board template, with ids id0, id1, … */
export function orderBoardDoc() {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `id${n++}` });
  return { doc, columns: listColumns(doc), lanes: listLanes(doc) };
}

/** An order board and the actions a signed-in member `me` writes it with. */
export function orderBoardWithActions() {
  const board = orderBoardDoc();
  return { ...board, actions: createBoardActions(board.doc, 'me') };
}

/** Two replicas that exchange every update, as the server would relay them. */
export function relay(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
}
