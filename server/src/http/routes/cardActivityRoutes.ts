/**
 * A card's conversation and history, under /api/boards/:boardId/cards/:cardId (mounted at
 * /boards). Every route checks membership and that the board is in the caller's workspace (else
 * 404, like a board that does not exist); viewers read but do not comment (403), and nobody
 * comments on an archived board (403).
 */
import { Router, type Request } from 'express';
import {
  addedMentions,
  autoFollows,
  COMMENT_MAX_CHARS,
  commentBody,
  getCard,
  ID_PATTERN,
  mergeTimeline,
  parseMentions,
  type CardTimelineDto,
  type CardId,
  type CommentDto,
  type NotificationEvent,
  newId,
} from '@orderlane/shared';
import type { AuthContext } from '../../auth/AuthContext';
import { namesOf, toCommentDto, toHistoryDto } from '../../activity/activityDto';
import { Notifier } from '../../activity/Notifier';
import type { CommentRecord } from '../../persistence/CardActivityStorage';
import type { BoardRecord } from '../../persistence/Storage';
import { boardAccess, READING, WRITING, type BoardAccessOptions } from '../../access/boardAccess';
import type { ApiContext } from '../ApiContext';
import { AppError } from '../../errors/AppError';
import { parseBody } from '../parseBody';
import { authOf, requireMember } from '../requireMember';
import { writeBudget } from '../writeBudget';
import { USER_LIMITS, userRateLimit } from '../userRateLimit';

const CARD = '/:boardId/cards/:cardId';

/** A body over the limit is refused as too large (413) before zod says the same as a 400. */
function parseComment(body: unknown): string {
  const text = (body as { body?: unknown } | null)?.body;
  if (typeof text === 'string' && text.trim().length > COMMENT_MAX_CHARS) {
    throw new AppError(
      'too_large',
      `a comment is at most ${COMMENT_MAX_CHARS} characters (got ${text.trim().length})`,
    );
  }
  return parseBody(commentBody, body).body;
}

export function cardActivityRoutes(ctx: ApiContext): Router {
  const { storage, now } = ctx;
  const activity = storage.activity;
  const notifier = new Notifier({ storage, bus: ctx.bus, now, newId, logger: ctx.logger });
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = writeBudget(ctx);
  const commenting = userRateLimit({ ...USER_LIMITS.comments, now });

  function boardOf(auth: AuthContext, req: Request, use: BoardAccessOptions) {
    return boardAccess(storage, auth, String(req.params.boardId), use);
  }

  function cardIdOf(req: Request): string {
    const id = String(req.params.cardId);
    if (!ID_PATTERN.test(id)) throw new AppError('not_found', 'no such card');
    return id;
  }

  /** The card as the live document has it now (the room loads if nobody has the board open). */
  async function liveCard(board: BoardRecord, cardId: string) {
    const room = await ctx.rooms.open(board.id);
    const card = getCard(room.doc, cardId as CardId);
    if (!card) throw new AppError('not_found', 'no such card');
    return card;
  }

  async function ownComment(auth: AuthContext, req: Request): Promise<CommentRecord> {
    const board = await boardOf(auth, req, WRITING);
    const cardId = cardIdOf(req);
    const commentId = String(req.params.commentId);
    const comment = ID_PATTERN.test(commentId) ? await activity.getComment(commentId) : undefined;
    if (!comment || comment.boardId !== board.id || comment.cardId !== cardId)
      throw new AppError('not_found', 'no such comment');
    if (comment.authorId !== auth.userId)
      throw new AppError('forbidden', 'only its author may change a comment');
    if (comment.deletedAt !== null) throw new AppError('conflict', 'the comment was deleted');
    return comment;
  }

  async function commentDto(workspaceId: string, comment: CommentRecord): Promise<CommentDto> {
    return toCommentDto(comment, namesOf(await storage.listMembers(workspaceId)));
  }

  router.get(`${CARD}/comments`, member, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req, READING);
    const card = { boardId: board.id, cardId: cardIdOf(req) };
    const [comments, members] = await Promise.all([
      activity.listComments(card),
      storage.listMembers(auth.workspaceId),
    ]);
    const nameOf = namesOf(members);
    res.json({ items: comments.map((c) => toCommentDto(c, nameOf)) });
  });

  router.post(`${CARD}/comments`, member, writes, commenting, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req, WRITING);
    const body = parseComment(req.body);
    const card = await liveCard(board, cardIdOf(req));
    const ref = { boardId: board.id, cardId: card.id };
    const comment: CommentRecord = {
      id: newId(),
      ...ref,
      authorId: auth.userId,
      body,
      createdAt: now(),
      editedAt: null,
      deletedAt: null,
    };
    await activity.createComment(comment);
    const members = await storage.listMembers(auth.workspaceId);
    const dto = toCommentDto(comment, namesOf(members));
    ctx.bus.toBoard(board.id, 'comment:created', dto);
    res.status(201).json(dto);

    // After the answer: the comment is stored and live; notifications follow.
    const mentions = parseMentions(body);
    const memberIds = new Set(members.map((m) => m.userId));
    const follows = autoFollows({ kind: 'comment', authorId: auth.userId, mentions }).filter((f) =>
      memberIds.has(f.userId),
    );
    try {
      const followerIds = await activity.listFollowers(ref);
      const events: NotificationEvent[] = [
        { kind: 'mention', authorId: auth.userId, targets: mentions },
        { kind: 'comment', authorId: auth.userId, ownerId: card.ownerId, followerIds },
      ];
      for (const f of follows)
        await activity.autoFollow(ref, [f.userId], f.reason, comment.createdAt);
      await notifier.notify({
        workspaceId: auth.workspaceId,
        ...ref,
        cardTitle: card.title,
        actorId: auth.userId,
        source: 'comment',
        commentId: comment.id,
        text: body,
        events,
        members,
      });
    } catch (err) {
      ctx.logger.error({ err, commentId: comment.id }, 'comment notifications failed');
    }
  });

  router.patch(`${CARD}/comments/:commentId`, member, writes, commenting, async (req, res) => {
    const auth = authOf(res);
    const comment = await ownComment(auth, req);
    const body = parseComment(req.body);
    const updated = await activity.updateComment(comment.id, { body, editedAt: now() });
    if (!updated) throw new AppError('not_found', 'no such comment');
    const dto = await commentDto(auth.workspaceId, updated);
    ctx.bus.toBoard(updated.boardId, 'comment:updated', dto);
    res.json(dto);

    // Only the mentions the edit added are news; the others were told when they were written.
    const added = addedMentions(comment.body, body);
    if (added.length === 0) return;
    try {
      const ref = { boardId: updated.boardId, cardId: updated.cardId };
      const room = await ctx.rooms.open(ref.boardId);
      const members = await storage.listMembers(auth.workspaceId);
      const memberIds = new Set(members.map((m) => m.userId));
      const follows = autoFollows({ kind: 'mention', mentions: added });
      for (const f of follows.filter((x) => memberIds.has(x.userId)))
        await activity.autoFollow(ref, [f.userId], f.reason, now());
      await notifier.notify({
        workspaceId: auth.workspaceId,
        ...ref,
        cardTitle: getCard(room.doc, ref.cardId as CardId)?.title ?? '',
        actorId: auth.userId,
        source: 'comment',
        commentId: updated.id,
        text: body,
        events: [{ kind: 'mention', authorId: auth.userId, targets: added }],
        members,
      });
    } catch (err) {
      ctx.logger.error({ err, commentId: updated.id }, 'comment edit notifications failed');
    }
  });

  router.delete(`${CARD}/comments/:commentId`, member, writes, async (req, res) => {
    const auth = authOf(res);
    const comment = await ownComment(auth, req);
    const updated = await activity.updateComment(comment.id, { body: '', deletedAt: now() });
    if (!updated) throw new AppError('not_found', 'no such comment');
    const dto = await commentDto(auth.workspaceId, updated);
    ctx.bus.toBoard(updated.boardId, 'comment:deleted', dto);
    res.json(dto);
  });

  router.get(`${CARD}/history`, member, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req, READING);
    const ref = { boardId: board.id, cardId: cardIdOf(req) };
    const [comments, history, members, following] = await Promise.all([
      activity.listComments(ref),
      activity.listCardHistory(ref),
      storage.listMembers(auth.workspaceId),
      activity.isFollowing(ref, auth.userId),
    ]);
    const nameOf = namesOf(members);
    const body: CardTimelineDto = {
      items: mergeTimeline(
        comments.map((c) => toCommentDto(c, nameOf)),
        history.map((h) => toHistoryDto(h, nameOf)),
      ),
      following,
    };
    res.json(body);
  });

  router.post(`${CARD}/follow`, member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req, READING);
    const card = await liveCard(board, cardIdOf(req));
    await activity.setFollowing({ boardId: board.id, cardId: card.id }, auth.userId, true, now());
    res.json({ following: true });
  });

  router.delete(`${CARD}/follow`, member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await boardOf(auth, req, READING);
    const ref = { boardId: board.id, cardId: cardIdOf(req) };
    await activity.setFollowing(ref, auth.userId, false, now());
    res.json({ following: false });
  });

  return router;
}
