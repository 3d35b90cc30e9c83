/** Card-activity records → the DTOs of shared/src/protocol/{comments,notifications}.ts. */
import type { CardHistoryEntryDto, CommentDto, NotificationDto } from '@orderlane/shared';
import type {
  CardHistoryRecord,
  CommentRecord,
  NotificationRecord,
} from '../persistence/CardActivityStorage';

/** Display names of a workspace's members; someone who left shows as a former member. */
export type NameOf = (userId: string | null) => string;

export function toCommentDto(comment: CommentRecord, nameOf: NameOf): CommentDto {
  return {
    id: comment.id,
    boardId: comment.boardId,
    cardId: comment.cardId,
    authorId: comment.authorId,
    authorName: nameOf(comment.authorId),
    body: comment.deletedAt === null ? comment.body : '',
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deletedAt: comment.deletedAt,
  };
}

export function toHistoryDto(entry: CardHistoryRecord, nameOf: NameOf): CardHistoryEntryDto {
  return {
    id: String(entry.seq),
    boardId: entry.boardId,
    cardId: entry.cardId,
    type: entry.type,
    from: entry.from,
    to: entry.to,
    subject: entry.subject,
    actorId: entry.actorId,
    actorName: entry.actorId === null ? null : nameOf(entry.actorId),
    at: entry.at,
  };
}

export function toNotificationDto(n: NotificationRecord, nameOf: NameOf): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    source: n.source,
    boardId: n.boardId,
    cardId: n.cardId,
    cardTitle: n.cardTitle,
    commentId: n.commentId,
    actorId: n.actorId,
    actorName: nameOf(n.actorId),
    excerpt: n.excerpt,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

/** A name lookup over a workspace's members (one query serves a whole list). */
export function namesOf(members: readonly { userId: string; name: string }[]): NameOf {
  const names = new Map(members.map((m) => [m.userId, m.name]));
  return (userId) => (userId === null ? '' : (names.get(userId) ?? 'former member'));
}
