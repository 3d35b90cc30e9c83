/**
 * Every write the board UI makes to the document. Each one is one transaction with this client's
 * origin, so the UndoManager (scoped to that origin) undoes only this person's own edits.
 */
import * as Y from 'yjs';
import {
  addCard,
  cardDescription,
  cardPatchSchema,
  cardsMap,
  entryOf,
  cellCards,
  columnsMap,
  deleteCard,
  lanesMap,
  makeId,
  moveCard,
  placeAmong,
  readCard,
  updateCard,
  type Card,
  type CardId,
  type CardPatch,
  type ColumnId,
  type LaneId,
  type MoveTarget,
  type UserId,
} from '@orderlane/shared';

export interface BoardActions {
  doc: Y.Doc;
  /** The transaction origin of this client's own edits. */
  origin: object;
  undoManager: Y.UndoManager;
  addCard(columnId: ColumnId, laneId: LaneId, fields: CardPatch): CardId;
  /** Moves a card (one transaction), optionally writing grouping fields in the same transaction. */
  moveCard(cardId: CardId, target: MoveTarget, patch?: CardPatch): void;
  updateCard(cardId: CardId, patch: CardPatch): void;
  /** Deletes a card; the returned function puts it back (for the undo toast). */
  deleteCard(cardId: CardId): () => void;
  undo(): void;
  redo(): void;
  destroy(): void;
}

export function createBoardActions(doc: Y.Doc, userId: string | null): BoardActions {
  const origin = { client: 'board-ui' };
  const undoManager = new Y.UndoManager([columnsMap(doc), lanesMap(doc), cardsMap(doc)], {
    trackedOrigins: new Set([origin]),
  });
  const transact = (fn: () => void) => doc.transact(fn, origin);
  const valid = (patch: CardPatch) => cardPatchSchema.parse(patch);

  return {
    doc,
    origin,
    undoManager,
    addCard(columnId, laneId, fields) {
      const id = makeId(Math.random) as CardId;
      const cell = cellCards(doc, columnId, laneId);
      transact(() =>
        addCard(
          doc,
          {
            ...valid(fields),
            id,
            columnId,
            laneId,
            position: placeAmong(cell, {}, Math.random),
            createdBy: userId as UserId | null,
          },
          Date.now(),
        ),
      );
      return id;
    },
    moveCard(cardId, target, patch) {
      const fields = patch ? valid(patch) : null;
      transact(() => {
        moveCard(doc, cardId, target, Math.random, Date.now());
        if (fields && Object.keys(fields).length > 0) updateCard(doc, cardId, fields, Date.now());
      });
    },
    updateCard(cardId, patch) {
      const fields = valid(patch);
      transact(() => updateCard(doc, cardId, fields, Date.now()));
    },
    deleteCard(cardId) {
      const map = entryOf(cardsMap(doc), cardId);
      if (!map) return () => {};
      const card: Card = readCard(cardId, map);
      const description = cardDescription(doc, cardId)?.toString() ?? '';
      transact(() => deleteCard(doc, cardId));
      return () => {
        if (cardsMap(doc).has(cardId)) return;
        const { createdAt, updatedAt: _u, ...rest } = card;
        transact(() => {
          addCard(doc, { ...rest, description }, Date.now());
          entryOf(cardsMap(doc), cardId)?.set('createdAt', createdAt);
        });
      };
    },
    undo: () => undoManager.undo(),
    redo: () => undoManager.redo(),
    destroy: () => undoManager.destroy(),
  };
}
