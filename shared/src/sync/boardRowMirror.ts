/**
 * The board's SQL row is the truth for its title and for a series' linked order boards; the
 * document's `meta.title` and `meta.sourceBoardIds` mirror the row, so the peers that hold the
 * document show them live. Only the server writes the mirror, and only through this function:
 * when the board is created, when it is renamed, and when it repairs what a peer wrote there.
 * Server code reads the row, never the mirror.
 */
import type * as Y from 'yjs';
import { metaMap } from './boardDoc';

export interface MirroredBoardRow {
  title?: string;
  /** Meeting series only. */
  sourceBoardIds?: readonly string[];
}

/** The keys of `meta` that mirror the board row. */
export const MIRRORED_META_KEYS = ['title', 'sourceBoardIds'] as const;

const sameIds = (value: unknown, ids: readonly string[]) =>
  Array.isArray(value) && value.length === ids.length && value.every((id, i) => id === ids[i]);

const titleDiffers = (meta: Y.Map<unknown>, row: MirroredBoardRow) =>
  row.title !== undefined && meta.get('title') !== row.title;

const idsDiffer = (meta: Y.Map<unknown>, row: MirroredBoardRow) =>
  row.sourceBoardIds !== undefined && !sameIds(meta.get('sourceBoardIds'), row.sourceBoardIds);

/** Whether the document's meta already holds the given fields of the board row. */
export function mirrorsBoardRow(doc: Y.Doc, row: MirroredBoardRow): boolean {
  const meta = metaMap(doc);
  return !titleDiffers(meta, row) && !idsDiffer(meta, row);
}

/** Writes the given fields of the board row into the document's meta (unchanged keys are left). */
export function mirrorBoardRow(doc: Y.Doc, row: MirroredBoardRow): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (titleDiffers(meta, row)) meta.set('title', row.title);
    if (idsDiffer(meta, row)) meta.set('sourceBoardIds', [...row.sourceBoardIds!]);
  });
}
