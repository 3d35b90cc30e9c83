/**
 * What people say and do around a card, server-authoritative and stored in SQL: comments, the
 * card's history (what the board-document observer recorded), follows and notifications.
 * Reached as `storage.activity`.
 */
import type { CardHistoryEntryDto, CommentDto, NotificationDto } from '@orderlane/shared';

/**
 * The stored records are the wire forms (shared/src/protocol) less the names, which are joined
 * from the accounts when read, and plus what is only the server's.
 */

/** A comment as stored; its body is emptied when deleted (it keeps its place, not its words). */
export type CommentRecord = Omit<CommentDto, 'authorName'>;

export type CardHistoryRecord = Omit<CardHistoryEntryDto, 'id' | 'actorName'> & {
  /** Assigned by storage, increasing: orders entries written in the same millisecond. */
  seq: number;
};
export type NewCardHistory = Omit<CardHistoryRecord, 'seq'>;

/** A notification as stored, per recipient (`userId`) and workspace. */
export type NotificationRecord = Omit<NotificationDto, 'actorName'> & {
  userId: string;
  workspaceId: string;
};

export interface CardRef {
  boardId: string;
  cardId: string;
}

/** A person who starts following a card (`autoFollow` of one user). */
export interface NewAutoFollow {
  card: CardRef;
  userId: string;
  reason: string;
  at: number;
}

/** What one stretch of a board document's changes caused, stored together. */
export interface CardActivityBatch {
  history: NewCardHistory[];
  follows: NewAutoFollow[];
  notifications: NotificationRecord[];
}

export interface CardActivityStorage {
  createComment(comment: CommentRecord): Promise<void>;
  getComment(id: string): Promise<CommentRecord | undefined>;
  /** Oldest first. */
  listComments(card: CardRef): Promise<CommentRecord[]>;
  updateComment(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'editedAt' | 'deletedAt'>>,
  ): Promise<CommentRecord | undefined>;

  /** Returns the entries as stored, with their `seq`. */
  appendCardHistory(entries: NewCardHistory[]): Promise<CardHistoryRecord[]>;
  /** Oldest first. */
  listCardHistory(card: CardRef): Promise<CardHistoryRecord[]>;
  /** A board's history in [since, until), oldest first: what KPIs are computed from. */
  listBoardHistory(
    boardId: string,
    range?: { since?: number; until?: number },
  ): Promise<CardHistoryRecord[]>;

  /** Starts following unless the person has a follow row already: an unfollow sticks. */
  autoFollow(card: CardRef, userIds: string[], reason: string, at: number): Promise<void>;
  setFollowing(card: CardRef, userId: string, following: boolean, at: number): Promise<void>;
  listFollowers(card: CardRef): Promise<string[]>;
  isFollowing(card: CardRef, userId: string): Promise<boolean>;

  createNotifications(notifications: NotificationRecord[]): Promise<void>;

  /**
   * Stores a batch in one transaction (one fsync, not one per card): the history entries (returned
   * as stored, with their `seq`, in order), the follows (as autoFollow: an unfollow sticks) and
   * the notifications. All or nothing.
   */
  recordActivity(batch: CardActivityBatch): Promise<CardHistoryRecord[]>;
  /** Newest first, of one user in one workspace. */
  listNotifications(
    userId: string,
    workspaceId: string,
    page: { limit: number; before?: number },
  ): Promise<NotificationRecord[]>;
  countUnread(userId: string, workspaceId: string): Promise<number>;
  /** Marks the given (or all) unread notifications of that user read; others' ids are ignored. */
  markNotificationsRead(
    userId: string,
    workspaceId: string,
    ids: string[] | 'all',
    at: number,
  ): Promise<number>;
}
