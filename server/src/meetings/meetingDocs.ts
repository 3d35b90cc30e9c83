/**
 * Reading the documents a meeting draws on: the meeting series' own document and the LIVE
 * documents of its linked order boards, through the room registry (so the agenda shows what the
 * board shows right now, edits not yet compacted included).
 */
import type * as Y from 'yjs';
import type { Logger } from 'pino';
import {
  cardEventOf,
  listCards,
  listColumns,
  listLanes,
  type CardEvent,
  type SourceBoard,
} from '@orderlane/shared';
import { findBoard } from '../access/boardAccess';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { Storage } from '../persistence/Storage';
import type { RoomRegistry } from '../rooms/RoomRegistry';

async function readLive<T>(
  rooms: RoomRegistry,
  boardId: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  return read((await rooms.open(boardId)).doc);
}

/** The linked order boards as plain data; a board gone or moved elsewhere is skipped. */
export async function sourceBoards(
  storage: Storage,
  rooms: RoomRegistry,
  series: BoardRecord,
): Promise<SourceBoard[]> {
  const boards: SourceBoard[] = [];
  for (const id of series.sourceBoardIds) {
    const record = await findBoard(storage, series.workspaceId, id, 'orders');
    if (!record) continue;
    boards.push(
      await readLive(rooms, id, (doc) => ({
        id,
        title: record.title,
        columns: listColumns(doc),
        lanes: listLanes(doc),
        cards: listCards(doc),
      })),
    );
  }
  return boards;
}

/** How far back the agenda reads card history: the monthly trend's three months and a margin. */
const HISTORY_DAYS = 120;

/**
 * The linked boards' card history (the SQL `card_history` log) as the agenda rules' events: stage and lane
 * moves, creations. Undefined when the log cannot be read: the rules then fall back to their
 * estimates and say so (caveats), rather than the agenda failing.
 */
export async function cardEvents(
  storage: Storage,
  boards: readonly SourceBoard[],
  now: number,
  logger: Logger,
): Promise<CardEvent[] | undefined> {
  try {
    const events: CardEvent[] = [];
    for (const board of boards) {
      const stageOf = (columnId: string | null) =>
        board.columns.find((c) => c.id === columnId)?.stage ?? null;
      const history = await storage.activity.listBoardHistory(board.id, {
        since: now - HISTORY_DAYS * 24 * 3600_000,
      });
      for (const h of history) {
        const event = cardEventOf(board.id, h.cardId, h.at, h, stageOf);
        if (event) events.push(event);
      }
    }
    return events;
  } catch (error) {
    logger.warn({ err: error }, 'card history unavailable for the agenda');
    return undefined;
  }
}
