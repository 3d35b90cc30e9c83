/**
 * A card's conversation, history, followers and the notifications they cause: one service that
 * the HTTP routes (comments, follows, the inbox) and the document observer (CardActivityObserver)
 * share, so a comment and a change to the card are recorded, followed and notified one way, with
 * one Notifier. Callers check access first (a board of the caller's workspace, a writer).
 */
import {
  addedMentions,
  autoFollows,
  getCard,
  mergeTimeline,
  orderLabel,
  parseMentions,
  type AutoFollow,
  type Card,
  type CardId,
  type CardTimelineDto,
  type CommentDto,
  type NotificationEvent,
  type NotificationListDto,
  type NotificationListQuery,
} from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { CardRef, CommentRecord } from '../persistence/CardActivityStorage';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { MemberWithUser } from '../persistence/AccountStorage';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { namesOf, toCommentDto, toHistoryDto, toNotificationDto } from './activityDto';
import type { Notifier, NotifierDeps } from './Notifier';
import { recordCardEvents, type CardEvent } from './recordCardEvents';

/** What the notifier needs (storage, bus, clock, ids, logger), plus the rooms and the notifier. */
export interface CardActivityDeps extends NotifierDeps {
  rooms: RoomRegistry;
  notifier: Notifier;
}

/** What the observer saw one transaction do to a board's cards. */
export interface ObservedCardEvents {
  boardId: string;
  /** The board's workspace; undefined when the board is gone (history only). */
  workspaceId: string | undefined;
  actorId: string | null;
  at: number;
  events: CardEvent[];
}

export class CardActivityService {
  constructor(private readonly deps: CardActivityDeps) {}

  private get activity() {
    return this.deps.storage.activity;
  }

  /** The card as the live document has it now (the room loads if nobody has the board open). */
  private async liveCard(ref: CardRef): Promise<Card | undefined> {
    const room = await this.deps.rooms.open(ref.boardId);
    return getCard(room.doc, ref.cardId as CardId);
  }

  private async existingCard(ref: CardRef): Promise<Card> {
    const card = await this.liveCard(ref);
    if (!card) throw new AppError('not_found', 'no such card');
    return card;
  }

  private async commentDto(workspaceId: string, comment: CommentRecord): Promise<CommentDto> {
    return toCommentDto(
      comment,
      namesOf(await this.deps.storage.accounts.listMembers(workspaceId)),
    );
  }

  /** Runs after the current answer is sent; a failure is logged, never thrown at the caller. */
  private afterAnswer(what: string, commentId: string, work: () => Promise<void>): void {
    setImmediate(() => {
      work().catch((err: unknown) => this.deps.logger.error({ err, commentId }, what));
    });
  }

  async comments(workspaceId: string, ref: CardRef): Promise<CommentDto[]> {
    const [comments, members] = await Promise.all([
      this.activity.listComments(ref),
      this.deps.storage.accounts.listMembers(workspaceId),
    ]);
    const nameOf = namesOf(members);
    return comments.map((c) => toCommentDto(c, nameOf));
  }

  /** Comments and history merged, and whether the caller follows the card. */
  async timeline(auth: AuthContext, ref: CardRef): Promise<CardTimelineDto> {
    const [comments, history, members, following] = await Promise.all([
      this.activity.listComments(ref),
      this.activity.listCardHistory(ref),
      this.deps.storage.accounts.listMembers(auth.workspaceId),
      this.activity.isFollowing(ref, auth.userId),
    ]);
    const nameOf = namesOf(members);
    return {
      items: mergeTimeline(
        comments.map((c) => toCommentDto(c, nameOf)),
        history.map((h) => toHistoryDto(h, nameOf)),
      ),
      following,
    };
  }

  /**
   * Stores a comment on a card of the live document and shows it on the board; afterwards the
   * author and the people mentioned follow the card, and they, its owner and its followers are
   * notified.
   */
  async addComment(auth: AuthContext, board: BoardRecord, cardId: string, body: string) {
    const card = await this.existingCard({ boardId: board.id, cardId });
    const ref = { boardId: board.id, cardId: card.id };
    const comment: CommentRecord = {
      id: this.deps.newId(),
      ...ref,
      authorId: auth.userId,
      body,
      createdAt: this.deps.now(),
      editedAt: null,
      deletedAt: null,
    };
    await this.activity.createComment(comment);
    const members = await this.deps.storage.accounts.listMembers(auth.workspaceId);
    const dto = toCommentDto(comment, namesOf(members));
    this.deps.bus.toBoard(board.id, 'comment:created', dto);
    this.afterAnswer('comment notifications failed', comment.id, async () => {
      const mentions = parseMentions(body);
      const followerIds = await this.activity.listFollowers(ref);
      const events: NotificationEvent[] = [
        { kind: 'mention', authorId: auth.userId, targets: mentions },
        { kind: 'comment', authorId: auth.userId, ownerId: card.ownerId, followerIds },
      ];
      const follows = autoFollows({ kind: 'comment', authorId: auth.userId, mentions });
      await this.follow(ref, follows, members, comment.createdAt);
      await this.deps.notifier.notify({
        workspaceId: auth.workspaceId,
        ...ref,
        cardTitle: orderLabel(card),
        actorId: auth.userId,
        source: 'comment',
        commentId: comment.id,
        text: body,
        events,
        members,
      });
    });
    return dto;
  }

  /**
   * The caller's own comment on this card, not deleted: 404 if there is none, 403 if someone
   * else wrote it, 409 if it was deleted.
   */
  async ownComment(auth: AuthContext, ref: CardRef, commentId: string): Promise<CommentRecord> {
    const comment = await this.activity.getComment(commentId);
    if (!comment || comment.boardId !== ref.boardId || comment.cardId !== ref.cardId)
      throw new AppError('not_found', 'no such comment');
    if (comment.authorId !== auth.userId)
      throw new AppError('forbidden', 'only its author may change a comment');
    if (comment.deletedAt !== null) throw new AppError('conflict', 'the comment was deleted');
    return comment;
  }

  /** Edits a comment; only the mentions the edit added are news (the others were told before). */
  async editComment(auth: AuthContext, comment: CommentRecord, body: string): Promise<CommentDto> {
    const updated = await this.activity.updateComment(comment.id, {
      body,
      editedAt: this.deps.now(),
    });
    if (!updated) throw new AppError('not_found', 'no such comment');
    const dto = await this.commentDto(auth.workspaceId, updated);
    this.deps.bus.toBoard(updated.boardId, 'comment:updated', dto);
    const added = addedMentions(comment.body, body);
    if (added.length === 0) return dto;
    this.afterAnswer('comment edit notifications failed', updated.id, async () => {
      const ref = { boardId: updated.boardId, cardId: updated.cardId };
      const card = await this.liveCard(ref);
      const members = await this.deps.storage.accounts.listMembers(auth.workspaceId);
      const follows = autoFollows({ kind: 'mention', mentions: added });
      await this.follow(ref, follows, members, this.deps.now());
      await this.deps.notifier.notify({
        workspaceId: auth.workspaceId,
        ...ref,
        cardTitle: card ? orderLabel(card) : '',
        actorId: auth.userId,
        source: 'comment',
        commentId: updated.id,
        text: body,
        events: [{ kind: 'mention', authorId: auth.userId, targets: added }],
        members,
      });
    });
    return dto;
  }

  async deleteComment(auth: AuthContext, comment: CommentRecord): Promise<CommentDto> {
    const updated = await this.activity.updateComment(comment.id, {
      body: '',
      deletedAt: this.deps.now(),
    });
    if (!updated) throw new AppError('not_found', 'no such comment');
    const dto = await this.commentDto(auth.workspaceId, updated);
    this.deps.bus.toBoard(updated.boardId, 'comment:deleted', dto);
    return dto;
  }

  /** Follows a card that exists in the live document, or stops following it (any card id). */
  async setFollowing(auth: AuthContext, ref: CardRef, following: boolean): Promise<void> {
    if (following) await this.existingCard(ref);
    await this.activity.setFollowing(ref, auth.userId, following, this.deps.now());
  }

  /** Automatic follows of members only (someone mentioned who left follows nothing). */
  private async follow(
    ref: CardRef,
    follows: readonly AutoFollow[],
    members: readonly MemberWithUser[],
    at: number,
  ): Promise<void> {
    const memberIds = new Set(members.map((m) => m.userId));
    for (const f of follows.filter((x) => memberIds.has(x.userId)))
      await this.activity.autoFollow(ref, [f.userId], f.reason, at);
  }

  /** The workspace a board belongs to, for the observer (undefined once the board is gone). */
  async workspaceIdOf(boardId: string): Promise<string | undefined> {
    return (await this.deps.storage.boards.get(boardId))?.workspaceId;
  }

  /** Stores and announces what one document transaction did to a board's cards. */
  async recordObserved(observed: ObservedCardEvents): Promise<void> {
    const { storage, notifier, bus } = this.deps;
    const { boardId, workspaceId, actorId, at, events } = observed;
    const workspace = workspaceId
      ? { id: workspaceId, members: await storage.accounts.listMembers(workspaceId) }
      : null;
    await recordCardEvents(events, { boardId, workspace, actorId, at, storage, notifier, bus });
  }

  /** The caller's inbox in this workspace, newest first, with the unread count. */
  async inbox(auth: AuthContext, query: NotificationListQuery): Promise<NotificationListDto> {
    const [items, unread, members] = await Promise.all([
      this.activity.listNotifications(auth.userId, auth.workspaceId, query),
      this.activity.countUnread(auth.userId, auth.workspaceId),
      this.deps.storage.accounts.listMembers(auth.workspaceId),
    ]);
    const nameOf = namesOf(members);
    return { items: items.map((n) => toNotificationDto(n, nameOf)), unread };
  }

  /** Marks the caller's own notifications read; their other tabs update their badge. */
  async markRead(auth: AuthContext, which: 'all' | string[]): Promise<number> {
    await this.activity.markNotificationsRead(
      auth.userId,
      auth.workspaceId,
      which,
      this.deps.now(),
    );
    const unread = await this.activity.countUnread(auth.userId, auth.workspaceId);
    this.deps.bus.toUser(auth.userId, 'notification:unread', { unread });
    return unread;
  }
}
