/**
 * The writes behind the column and lane menus. Each runs the shared rule inside a transaction
 * with the board's own origin, so the board's UndoManager (which tracks the columns and lanes
 * roots) makes each one a single undo step for this person only.
 */
import {
  insertStructure,
  makeId,
  moveStructure,
  removeStructure,
  renameStructure,
  restoreStructure,
  setColumnWipLimit,
  type ColumnId,
  type StructureKind,
} from '@orderlane/shared';
import type { BoardActions } from '../../sync/boardActions';

export interface StructureTarget {
  kind: StructureKind;
  id: string;
}

function inOrigin<T>(actions: BoardActions, write: () => T): T {
  let result!: T;
  actions.doc.transact(() => {
    result = write();
  }, actions.origin);
  return result;
}

export const renameTarget = (actions: BoardActions, target: StructureTarget, title: string) =>
  inOrigin(actions, () => renameStructure(actions.doc, target.kind, target.id, title));

export const setWipLimit = (actions: BoardActions, id: string, limit: number | null) =>
  inOrigin(actions, () => setColumnWipLimit(actions.doc, id as ColumnId, limit));

export const moveTarget = (actions: BoardActions, target: StructureTarget, direction: -1 | 1) =>
  inOrigin(actions, () =>
    moveStructure(actions.doc, target.kind, target.id, direction, Math.random),
  );

export const addAfter = (actions: BoardActions, target: StructureTarget, title: string) =>
  inOrigin(actions, () =>
    insertStructure(actions.doc, target.kind, { title, after: target.id }, Math.random, () =>
      makeId(Math.random),
    ),
  );

/** Removes the column or lane; the returned function puts it back (for the undo toast). */
export function removeTarget(actions: BoardActions, target: StructureTarget): (() => void) | null {
  const removed = inOrigin(actions, () => removeStructure(actions.doc, target.kind, target.id));
  if (!removed) return null;
  return () => {
    inOrigin(actions, () => restoreStructure(actions.doc, target.kind, removed));
  };
}
