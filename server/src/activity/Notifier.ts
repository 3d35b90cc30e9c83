/**
 * Turns what happened on a card into notifications: who (shared notificationRules), stored in
 * SQL first, then pushed as `notification` to the recipient's own sockets (`user:<id>`) only.
 * Someone offline finds it in GET /api/notifications on return.
 */
import {
  notificationExcerpt,
  planNotifications,
  type NotificationEvent,
  type NotificationSource,
} from '@orderlane/shared';
import type { Logger } from 'pino';
import type { NotificationRecord } from '../persistence/CardActivityStorage';
import type { MemberWithUser, Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import { namesOf, toNotificationDto } from './activityDto';

export interface NotifyInput {
  workspaceId: string;
  boardId: string;
  cardId: string;
  cardTitle: string;
  actorId: string | null;
  source: NotificationSource;
  commentId: string | null;
  /** The comment or description text (stored form); the notification keeps an excerpt. */
  text: string;
  /** Most specific first: one notification per person, of the first event that reaches them. */
  events: NotificationEvent[];
  /** The workspace's members, when the caller has them already. */
  members?: MemberWithUser[];
}

export interface NotifierDeps {
  storage: Storage;
  bus: RealtimeBus;
  now: () => number;
  newId: () => string;
  logger: Logger;
}

export class Notifier {
  constructor(private readonly deps: NotifierDeps) {}

  async notify(input: NotifyInput): Promise<NotificationRecord[]> {
    const { storage, bus, now, newId } = this.deps;
    const members = input.members ?? (await storage.listMembers(input.workspaceId));
    const recipients = planNotifications(input.events, members);
    if (recipients.length === 0) return [];
    const at = now();
    const excerpt = notificationExcerpt(input.text);
    const records: NotificationRecord[] = recipients.map(({ userId, kind }) => ({
      id: newId(),
      userId,
      workspaceId: input.workspaceId,
      kind,
      source: input.source,
      boardId: input.boardId,
      cardId: input.cardId,
      cardTitle: input.cardTitle.slice(0, 200),
      commentId: input.commentId,
      actorId: input.actorId,
      excerpt,
      createdAt: at,
      readAt: null,
    }));
    await storage.activity.createNotifications(records);
    const nameOf = namesOf(members);
    for (const record of records)
      bus.toUser(record.userId, 'notification', toNotificationDto(record, nameOf));
    return records;
  }
}
