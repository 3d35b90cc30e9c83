/**
 * Boards of the caller's workspace. A board of another workspace answers 404, exactly like a
 * board that does not exist: its existence is not revealed.
 */
import { Router } from 'express';
import * as Y from 'yjs';
import {
  boardCreateBody,
  boardPatchBody,
  CLOSE,
  initBoardDoc,
  initMeetingSeries,
  newId,
  mirrorBoardRow,
} from '@orderlane/shared';
import { boardAccess, findBoard, READING, type BoardAccessOptions } from '../../access/boardAccess';
import type { BoardRecord } from '../../persistence/BoardStorage';
import type { ApiContext } from '../ApiContext';
import { toBoardDto } from '../dto';
import { AppError } from '../../errors/AppError';
import { parseBody } from '../parseBody';
import { assertWriter, authOf, requireMember } from '../requireMember';
import { USER_LIMITS, userRateLimit } from '../userRateLimit';

/** Renaming, archiving and restoring: a writer's, and on an archived board too (to restore it). */
const LIFECYCLE: BoardAccessOptions = { write: true, archived: 'allow' };

export function boardRoutes(ctx: ApiContext): Router {
  const { storage, now } = ctx;
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = ctx.writeBudget;
  const creating = userRateLimit({ ...USER_LIMITS.boards, now });

  /**
   * An archived board is read-only for everyone, including those who have it open: their live
   * connections end now (4403, final for the client), and new ones are refused at the upgrade.
   */
  async function closeArchived(boardId: string): Promise<void> {
    await ctx.rooms.closeBoard(boardId, CLOSE.forbidden, 'board archived');
  }

  router.get('/', member, async (_req, res) => {
    const boards = await storage.boards.list(authOf(res).workspaceId);
    res.json(boards.map(toBoardDto));
  });

  router.post('/', member, writes, creating, async (req, res) => {
    const auth = authOf(res);
    assertWriter(auth);
    const body = parseBody(boardCreateBody, req.body);
    const sourceBoardIds = [...new Set(body.sourceBoardIds ?? [])];
    for (const sourceId of sourceBoardIds) {
      if (!(await findBoard(storage, auth.workspaceId, sourceId, 'orders')))
        throw new AppError('bad_request', `source board ${sourceId} is not an order board here`);
    }
    const cadence = body.kind === 'meeting' ? (body.cadence ?? null) : null;
    // The initial content is written once, here: clients never seed a board that looks empty.
    const doc = new Y.Doc();
    initBoardDoc(doc, {
      title: body.title,
      kind: body.kind,
      ...(cadence ? { cadence } : {}),
      locale: body.locale ?? 'en',
      newId,
    });
    // A meeting series also gets its own roots and the boards it draws on (docs/meetings.md).
    if (body.kind === 'meeting')
      initMeetingSeries(doc, { sourceBoardIds, facilitatorId: auth.userId });
    const t = now();
    const board: BoardRecord = {
      id: newId(),
      workspaceId: auth.workspaceId,
      title: body.title,
      kind: body.kind,
      cadence,
      sourceBoardIds,
      archived: false,
      createdBy: auth.userId,
      createdAt: t,
      updatedAt: t,
    };
    await storage.boards.create(board, Y.encodeStateAsUpdate(doc));
    // A new series has no older document to adopt meeting runs from (they are SQL's, not the
    // document's): say so now, so a meeting some client writes into the document is never taken
    // for a server-run one.
    if (body.kind === 'meeting') await storage.meetings.adoptRuns(board.id, [], t);
    doc.destroy();
    res.status(201).json(toBoardDto(board));
  });

  router.get('/:id', member, async (req, res) => {
    res.json(toBoardDto(await boardAccess(storage, authOf(res), String(req.params.id), READING)));
  });

  router.patch('/:id', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await boardAccess(storage, auth, String(req.params.id), LIFECYCLE);
    const patch = parseBody(boardPatchBody, req.body);
    const updated = await storage.boards.update(board.id, { ...patch, updatedAt: now() });
    if (!updated) throw new AppError('not_found', 'no such board');
    if (patch.title !== undefined && patch.title !== board.title) {
      // The row is the title; the document mirrors it for the screens that hold it live.
      const title = patch.title;
      const room = await ctx.rooms.open(board.id);
      await room.changeDocument((doc) => mirrorBoardRow(doc, { title }), auth);
    }
    if (updated.archived && !board.archived) await closeArchived(board.id);
    res.json(toBoardDto(updated));
  });

  /** Archives: a board's history is never thrown away by one click. */
  router.delete('/:id', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await boardAccess(storage, auth, String(req.params.id), LIFECYCLE);
    const updated = await storage.boards.update(board.id, { archived: true, updatedAt: now() });
    if (!updated) throw new AppError('not_found', 'no such board');
    if (!board.archived) await closeArchived(board.id);
    res.json(toBoardDto(updated));
  });

  return router;
}
