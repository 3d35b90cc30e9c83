/**
 * The board's SQL row is the truth for its title and for a series' linked order boards; the
 * document's `meta.title` and `meta.sourceBoardIds` mirror the row, so the peers that hold the
 * document show them live. Only the server writes the mirror, and only through this function:
 * when the board is created and when it is renamed. Server code reads the row, never the mirror.
 */
import type * as Y from 'yjs';
import { metaMap } from './boardDoc';

export interface MirroredBoardRow {
  title?: string;
  /** Meeting series only. */
  sourceBoardIds?: readonly string[];
}

const sameIds = (value: unknown, ids: readonly string[]) =>
  Array.isArray(value) && value.length === ids.length && value.every((id, i) => id === ids[i]);

/** Writes the given fields of the board row into the document's meta (unchanged keys are left). */
export function mirrorBoardRow(doc: Y.Doc, row: MirroredBoardRow): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (row.title !== undefined && meta.get('title') !== row.title) meta.set('title', row.title);
    const ids = row.sourceBoardIds;
    if (ids !== undefined && !sameIds(meta.get('sourceBoardIds'), ids))
      meta.set('sourceBoardIds', [...ids]);
  });
}
