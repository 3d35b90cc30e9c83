/**
 * A card's conversation and history, under /api/boards/:boardId/cards/:cardId (mounted at
 * /boards), over CardActivityService. Every route checks membership and that the board is in the
 * caller's workspace (else 404, like a board that does not exist); viewers read but do not
 * comment (403).
 */
import { Router, type Request } from 'express';
import { COMMENT_MAX_CHARS, commentBody, ID_PATTERN } from '@orderlane/shared';
import type { AuthContext } from '../../auth/AuthContext';
import type { CardRef } from '../../persistence/CardActivityStorage';
import type { BoardRecord } from '../../persistence/BoardStorage';
import type { ApiContext } from '../ApiContext';
import { HttpError } from '../HttpError';
import { parseBody } from '../parseBody';
import { assertWriter, authOf, requireMember } from '../requireMember';
import { USER_LIMITS, userRateLimit } from '../userRateLimit';

const CARD = '/:boardId/cards/:cardId';

/** A body over the limit is refused as too large (413) before zod says the same as a 400. */
function parseComment(body: unknown): string {
  const text = (body as { body?: unknown } | null)?.body;
  if (typeof text === 'string' && text.trim().length > COMMENT_MAX_CHARS) {
    throw new HttpError(
      'too_large',
      `a comment is at most ${COMMENT_MAX_CHARS} characters (got ${text.trim().length})`,
    );
  }
  return parseBody(commentBody, body).body;
}

function cardIdOf(req: Request): string {
  const id = String(req.params.cardId);
  if (!ID_PATTERN.test(id)) throw new HttpError('not_found', 'no such card');
  return id;
}

/** A malformed comment id is simply not found. */
function commentIdOf(req: Request): string {
  const id = String(req.params.commentId);
  if (!ID_PATTERN.test(id)) throw new HttpError('not_found', 'no such comment');
  return id;
}

export function cardActivityRoutes(ctx: ApiContext): Router {
  const { storage } = ctx;
  const cardActivity = ctx.services.cardActivity;
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = ctx.writeBudget;
  const commenting = userRateLimit({ ...USER_LIMITS.comments, now: ctx.now });

  async function boardOf(auth: AuthContext, req: Request): Promise<BoardRecord> {
    const id = String(req.params.boardId);
    const board = ID_PATTERN.test(id) ? await storage.boards.get(id) : undefined;
    if (!board || board.workspaceId !== auth.workspaceId)
      throw new HttpError('not_found', 'no such board');
    return board;
  }

  async function cardOf(auth: AuthContext, req: Request): Promise<CardRef> {
    const board = await boardOf(auth, req);
    return { boardId: board.id, cardId: cardIdOf(req) };
  }

  router.get(`${CARD}/comments`, member, async (req, res) => {
    const auth = authOf(res);
    res.json({ items: await cardActivity.comments(auth.workspaceId, await cardOf(auth, req)) });
  });

  router.post(`${CARD}/comments`, member, writes, commenting, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req);
    assertWriter(auth);
    const body = parseComment(req.body);
    res.status(201).json(await cardActivity.addComment(auth, board, cardIdOf(req), body));
  });

  router.patch(`${CARD}/comments/:commentId`, member, writes, commenting, async (req, res) => {
    const auth = authOf(res);
    const comment = await cardActivity.ownComment(auth, await cardOf(auth, req), commentIdOf(req));
    assertWriter(auth);
    const body = parseComment(req.body);
    res.json(await cardActivity.editComment(auth, comment, body));
  });

  router.delete(`${CARD}/comments/:commentId`, member, writes, async (req, res) => {
    const auth = authOf(res);
    const comment = await cardActivity.ownComment(auth, await cardOf(auth, req), commentIdOf(req));
    assertWriter(auth);
    res.json(await cardActivity.deleteComment(auth, comment));
  });

  router.get(`${CARD}/history`, member, async (req, res) => {
    const auth = authOf(res);
    res.json(await cardActivity.timeline(auth, await cardOf(auth, req)));
  });

  router.post(`${CARD}/follow`, member, writes, async (req, res) => {
    const auth = authOf(res);
    await cardActivity.setFollowing(auth, await cardOf(auth, req), true);
    res.json({ following: true });
  });

  router.delete(`${CARD}/follow`, member, writes, async (req, res) => {
    const auth = authOf(res);
    await cardActivity.setFollowing(auth, await cardOf(auth, req), false);
    res.json({ following: false });
  });

  return router;
}
