/**
 * Keeps each loaded board's `meta.title` and `meta.sourceBoardIds` equal to its SQL row
 * (shared/src/sync/boardRowMirror.ts): when the room loads, and whenever a connection writes
 * either key. Any member's client could write them; without this, what it wrote would stay on
 * every screen holding the document until the next rename. The repair is a server change
 * (`room.changeDocument`), so it is stored and broadcast like any other, and the server's own
 * changes never trigger another one.
 */
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import {
  MIRRORED_META_KEYS,
  metaMap,
  mirrorBoardRow,
  mirrorsBoardRow,
  type MirroredBoardRow,
} from '@orderlane/shared';
import type { BoardRecord, BoardStorage } from '../persistence/BoardStorage';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { isUpdateOrigin } from '../rooms/UpdateOrigin';

export interface BoardRowMirrorDeps {
  boards: Pick<BoardStorage, 'get'>;
  logger: Logger;
}

/** A rename racing a repair can leave the mirror one step behind; a few rounds settle it. */
const MAX_ROUNDS = 4;

/** What of the row the document mirrors: linked boards only for a meeting series. */
const mirroredFields = (row: BoardRecord): MirroredBoardRow =>
  row.kind === 'meeting'
    ? { title: row.title, sourceBoardIds: row.sourceBoardIds }
    : { title: row.title };

export function attachBoardRowMirror(rooms: RoomRegistry, deps: BoardRowMirrorDeps): void {
  /** Boards being repaired; `again` when another repair was asked for meanwhile. */
  const repairing = new Map<string, { again: boolean }>();

  /**
   * Reads the row, then mirrors it unless the live document already does, until a fresh read of
   * the row finds the document in step: a repair that read the row just before a rename may
   * write the old title after the rename's own mirror, and the next round puts the new one back.
   */
  async function repairOnce(boardId: string): Promise<void> {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const row = await deps.boards.get(boardId);
      if (!row || row.archived) return;
      const fields = mirroredFields(row);
      const room = await rooms.open(boardId);
      if (mirrorsBoardRow(room.doc, fields)) return;
      await room.changeDocument((doc) => mirrorBoardRow(doc, fields));
    }
    deps.logger.warn({ boardId }, 'board row mirror did not settle');
  }

  /** Starts a repair, or folds the request into the one under way (it runs once more). */
  function repair(boardId: string): void {
    const current = repairing.get(boardId);
    if (current) {
      current.again = true;
      return;
    }
    const state = { again: true };
    repairing.set(boardId, state);
    void (async () => {
      try {
        while (state.again) {
          state.again = false;
          await repairOnce(boardId);
        }
      } catch (error) {
        deps.logger.error({ err: error, boardId }, 'board row mirror repair failed');
      } finally {
        repairing.delete(boardId);
      }
    })();
  }

  rooms.addHooks({
    afterLoad: (room) => {
      repair(room.boardId);
      metaMap(room.doc).observe((event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
        const origin = transaction.origin;
        if (!isUpdateOrigin(origin) || origin.source !== 'connection') return;
        if (MIRRORED_META_KEYS.some((key) => event.keysChanged.has(key))) repair(room.boardId);
      });
    },
  });
}
