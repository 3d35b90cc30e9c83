/**
 * Comments and a card's history over HTTP and socket.io (server-authoritative: one author, SQL).
 *
 * Routes (all under the board, membership checked; another workspace's board is a 404):
 *   GET    /api/boards/:boardId/cards/:cardId/comments            → CommentListDto
 *   POST   /api/boards/:boardId/cards/:cardId/comments  {body}    → 201 CommentDto
 *   PATCH  /api/boards/:boardId/cards/:cardId/comments/:id {body} → CommentDto (own only)
 *   DELETE /api/boards/:boardId/cards/:cardId/comments/:id        → CommentDto (own only)
 *   GET    /api/boards/:boardId/cards/:cardId/history             → CardTimelineDto
 *   POST/DELETE /api/boards/:boardId/cards/:cardId/follow         → FollowDto
 */
import { z } from 'zod';
import type { CardChangeType } from '../domain/cardHistory';

/** A comment's body: plain text with line breaks and mentions in their stored form. */
export const COMMENT_MAX_CHARS = 5000;

export const commentBody = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'a comment cannot be empty')
    .max(COMMENT_MAX_CHARS, `a comment is at most ${COMMENT_MAX_CHARS} characters`),
});

export interface CommentDto {
  id: string;
  boardId: string;
  cardId: string;
  authorId: string;
  authorName: string;
  /** Empty once deleted: a deleted comment keeps its place in the thread, not its words. */
  body: string;
  createdAt: number;
  /** Set when the author edited it: show "edited". */
  editedAt: number | null;
  /** Set when the author deleted it: show "deleted". */
  deletedAt: number | null;
}

export interface CommentListDto {
  /** Oldest first: the newest sits at the bottom of the thread. */
  items: CommentDto[];
}

/** One recorded change of a card (see shared/src/domain/cardHistory.ts for from/to/subject). */
export interface CardHistoryEntryDto {
  id: string;
  boardId: string;
  cardId: string;
  type: CardChangeType;
  from: string | null;
  to: string | null;
  subject: string | null;
  /** The member whose connection made the change; null when the server itself did. */
  actorId: string | null;
  actorName: string | null;
  at: number;
}

export type TimelineItem =
  | { kind: 'comment'; at: number; comment: CommentDto }
  | { kind: 'change'; at: number; change: CardHistoryEntryDto };

export interface CardTimelineDto {
  /** Comments and changes merged, oldest first. */
  items: TimelineItem[];
  /** Whether the caller follows this card. */
  following: boolean;
}

export interface FollowDto {
  following: boolean;
}

const timelineId = (item: TimelineItem) =>
  item.kind === 'comment' ? item.comment.id : item.change.id;

/**
 * The timeline's order, oldest first; on equal time a change comes before a comment (the move
 * usually prompts the comment), then by id, so equal items sort the same way everywhere.
 */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.at - b.at ||
    (a.kind === b.kind ? 0 : a.kind === 'change' ? -1 : 1) ||
    timelineId(a).localeCompare(timelineId(b))
  );
}

/**
 * Merges comments and changes into one timeline (`compareTimelineItems`). The client uses it to
 * fold live `comment:*` events into a timeline it fetched.
 */
export function mergeTimeline(
  comments: readonly CommentDto[],
  changes: readonly CardHistoryEntryDto[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...changes.map((change) => ({ kind: 'change' as const, at: change.at, change })),
    ...comments.map((comment) => ({ kind: 'comment' as const, at: comment.createdAt, comment })),
  ];
  return items.sort(compareTimelineItems);
}

/** Replaces (or appends) a comment in a timeline after a live `comment:updated|deleted|created`. */
export function upsertTimelineComment(
  items: readonly TimelineItem[],
  comment: CommentDto,
): TimelineItem[] {
  const others = items.filter((item) => item.kind !== 'comment' || item.comment.id !== comment.id);
  const comments = others.flatMap((item) => (item.kind === 'comment' ? [item.comment] : []));
  const changes = others.flatMap((item) => (item.kind === 'change' ? [item.change] : []));
  return mergeTimeline([...comments, comment], changes);
}

/** socket.io events to `board:<id>` sockets (joined with `board:join`), after the change is stored. */
export interface CommentServerToClientEvents {
  'comment:created': (comment: CommentDto) => void;
  /** `editedAt` is set. */
  'comment:updated': (comment: CommentDto) => void;
  /** `deletedAt` is set and `body` is empty. */
  'comment:deleted': (comment: CommentDto) => void;
  /** Changes the server recorded from the board document (fold into an open card's timeline). */
  'card:history': (entries: CardHistoryEntryDto[]) => void;
}
