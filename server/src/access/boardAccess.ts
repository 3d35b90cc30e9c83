/**
 * "A board of this workspace, or not found": the one check every transport makes before it
 * touches a board (HTTP routes, socket.io events, the Yjs upgrade). A board of another
 * workspace, an unknown id and a malformed one are all answered alike, so a board's existence
 * is never revealed outside its workspace.
 */
import { canWrite, ID_PATTERN, type BoardKind } from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { Storage } from '../persistence/Storage';

export interface BoardAccessOptions {
  /** The caller is about to change the board: a viewer is refused (403). */
  write?: boolean;
  /** The kind the caller needs: a board of another kind is a bad request (400). */
  kind?: BoardKind;
  /** An archived board is read-only: whether this use is refused on one (403). */
  archived: 'allow' | 'refuse';
}

/** Reading a board, its history or its meetings: archived boards too. */
export const READING: BoardAccessOptions = { archived: 'allow' };
/** Changing what is on a board: members and admins, never on an archived board. */
export const WRITING: BoardAccessOptions = { write: true, archived: 'refuse' };

const KIND_NAMES: Record<BoardKind, string> = {
  orders: 'an order board',
  meeting: 'a meeting series',
};

/** The answer when an archived board is refused; `details.reason` tells it from other 403s. */
export const ARCHIVED_REASON = 'archived';

/**
 * The board of this workspace with this id, of this kind if one is given; undefined for
 * anything else. For references that may legitimately have gone (a series' linked boards) and
 * for ids in a request body, where the caller chooses its own answer.
 */
export async function findBoard(
  storage: Storage,
  workspaceId: string,
  boardId: string,
  kind?: BoardKind,
): Promise<BoardRecord | undefined> {
  if (!ID_PATTERN.test(boardId)) return undefined;
  const board = await storage.boards.get(boardId);
  if (!board || board.workspaceId !== workspaceId) return undefined;
  if (kind && board.kind !== kind) return undefined;
  return board;
}

/** The board the caller may use this way, or an AppError saying why not. */
export async function boardAccess(
  storage: Storage,
  auth: Pick<AuthContext, 'workspaceId' | 'access'>,
  boardId: string,
  options: BoardAccessOptions,
): Promise<BoardRecord> {
  const board = await findBoard(storage, auth.workspaceId, boardId);
  if (!board) throw new AppError('not_found', 'no such board');
  if (options.kind && board.kind !== options.kind)
    throw new AppError('bad_request', `this board is not ${KIND_NAMES[options.kind]}`);
  if (options.write && !canWrite(auth.access))
    throw new AppError('forbidden', 'viewers cannot change boards');
  if (board.archived && options.archived === 'refuse')
    throw new AppError('forbidden', 'board is archived', { reason: ARCHIVED_REASON });
  return board;
}
