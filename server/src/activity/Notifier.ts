/**
 * Turns what happened on a card into notifications: who (shared notificationRules), within the
 * actor's budget (NotificationBudget: repeats dropped, bursts capped), stored in SQL first, then
 * pushed as `notification` to the recipient's own sockets (`user:<id>`) only. Someone offline
 * finds it in GET /api/notifications on return. A server builds one Notifier and every path
 * (card observer, comments, action items) makes its notifications here, so all draw on one
 * budget.
 */
import {
  notificationExcerpt,
  planNotifications,
  type NotificationEvent,
  type NotificationSource,
} from '@orderlane/shared';
import type { Logger } from 'pino';
import type { NotificationRecord } from '../persistence/CardActivityStorage';
import type { MemberWithUser } from '../persistence/AccountStorage';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import { namesOf, toNotificationDto } from './activityDto';
import { NotificationBudget } from './NotificationBudget';

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
  /**
   * What it is about, to tell a repeat from news (NotificationBudget): default the comment, else
   * the card. An action item passes its own id: two items for one person are two pieces of news.
   */
  subject?: string;
}

export interface NotifierDeps {
  storage: Storage;
  bus: RealtimeBus;
  now: () => number;
  newId: () => string;
  logger: Logger;
}

export class Notifier {
  private readonly budget: NotificationBudget;

  constructor(private readonly deps: NotifierDeps) {
    this.budget = new NotificationBudget(deps.now);
  }

  async notify(input: NotifyInput): Promise<NotificationRecord[]> {
    const members =
      input.members ?? (await this.deps.storage.accounts.listMembers(input.workspaceId));
    const records = this.plan({ ...input, members });
    if (records.length === 0) return [];
    await this.deps.storage.activity.createNotifications(records);
    this.deliver(records, members);
    return records;
  }

  /**
   * The notifications an event gives, within the budget, not stored yet: for a caller that stores
   * them with other rows in one transaction (CardActivityStorage.recordActivity), then delivers.
   * Planning counts against the budget.
   */
  plan(input: NotifyInput & { members: MemberWithUser[] }): NotificationRecord[] {
    const { now, newId } = this.deps;
    const subject = input.subject ?? `${input.boardId}/${input.commentId ?? input.cardId}`;
    const recipients = planNotifications(input.events, input.members).filter(({ userId, kind }) =>
      this.budget.admit({ actorId: input.actorId, userId, kind, subject }),
    );
    if (recipients.length === 0) return [];
    const at = now();
    const excerpt = notificationExcerpt(input.text);
    return recipients.map(({ userId, kind }) => ({
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
  }

  /** Pushes stored notifications to their recipients' own sockets. */
  deliver(records: readonly NotificationRecord[], members: readonly MemberWithUser[]): void {
    if (records.length === 0) return;
    const nameOf = namesOf(members);
    for (const record of records)
      this.deps.bus.toUser(record.userId, 'notification', toNotificationDto(record, nameOf));
  }
}
