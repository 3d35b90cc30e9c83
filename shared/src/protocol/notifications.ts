/**
 * Notifications: stored in SQL per recipient, pushed live as socket.io event `notification` to
 * that user's sockets only.
 *
 *   GET  /api/notifications?limit=&before=   → NotificationListDto (newest first)
 *   POST /api/notifications/read {ids?|all?}  → { unread }
 */
import { z } from 'zod';
import { idField } from './idField';
import type { NotificationKind } from '../domain/notificationRules';

/** Where the thing that caused the notification lives. */
export const NOTIFICATION_SOURCES = ['comment', 'description', 'card'] as const;
export type NotificationSource = (typeof NOTIFICATION_SOURCES)[number];

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  source: NotificationSource;
  boardId: string;
  cardId: string;
  /**
   * How the card was named when the notification was made (`orderLabel`: order number, customer,
   * title); the card may be renamed or gone later.
   */
  cardTitle: string;
  commentId: string | null;
  actorId: string | null;
  actorName: string;
  /**
   * A short excerpt of the comment or description in stored form (mentions as `@{…}`): render it
   * with `renderMentionSegments`, never as HTML.
   */
  excerpt: string;
  createdAt: number;
  readAt: number | null;
}

export interface NotificationListDto {
  items: NotificationDto[];
  /** All unread notifications of the caller, not only those in `items`. */
  unread: number;
}

export interface NotificationUnreadDto {
  unread: number;
}

const NOTIFICATION_EXCERPT_CHARS = 280;
const NOTIFICATION_PAGE_MAX = 100;

const id = idField;

export const notificationReadBody = z
  .object({
    ids: z.array(id).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids !== undefined) !== (b.all !== undefined), 'give either ids or all: true');

export const notificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_MAX).default(50),
  /** Paging: only notifications created strictly before this time (ms). */
  before: z.coerce.number().int().positive().optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

/** A short excerpt that never cuts a mention token in half (a half token would show raw). */
export function notificationExcerpt(text: string, max = NOTIFICATION_EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  const open = cut.lastIndexOf('@{');
  if (open !== -1 && cut.indexOf('}', open) === -1) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}

/** socket.io events to `user:<id>` sockets only (every session of that user, nobody else). */
export interface NotificationServerToClientEvents {
  /** A notification for this user was stored. */
  notification: (notification: NotificationDto) => void;
  /** The user marked notifications read in some session: other tabs update their badge. */
  'notification:unread': (payload: NotificationUnreadDto) => void;
}
