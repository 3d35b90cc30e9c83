/**
 * One Yjs update that adds thousands of cards at once, pre-encoded as a y-websocket message so
 * the sender spends no CPU while the server is measured (the hostile bulk-update test and
 * tests/bench/bulkUpdateHealth.bench.ts).
 */
import * as Y from 'yjs';
import { listColumns, listLanes, encodeUpdateMessage } from '@orderlane/shared';

/**
 * `count` cards owned by `ownerId`, made on top of `base` (a synced copy of the board) in one
 * transaction: placed in the first column and lane, or (`placed: false`) with an owner only, as
 * small as a card gets (readCard fills in the rest; it shows as unsorted), so that 20,000 fit
 * under MAX_YJS_MESSAGE_BYTES.
 */
export function bulkCardsMessage(
  base: Y.Doc,
  count: number,
  ownerId: string,
  { placed = true }: { placed?: boolean } = {},
): { message: Uint8Array; cardIds: string[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const column = listColumns(doc)[0]!;
  const lane = listLanes(doc)[0]!;
  const before = Y.encodeStateVector(doc);
  const cardIds = Array.from({ length: count }, (_, i) => `k${i.toString(36)}`);
  doc.transact(() => {
    const cards = doc.getMap('cards');
    for (const id of cardIds) {
      const card = new Y.Map<unknown>();
      if (placed) {
        card.set('columnId', column.id);
        card.set('laneId', lane.id);
        card.set('position', 'a0');
      }
      card.set('ownerId', ownerId);
      cards.set(id, card);
    }
  });
  const message = encodeUpdateMessage(Y.encodeStateAsUpdate(doc, before));
  doc.destroy();
  return { message, cardIds };
}
