/**
 * Stores and announces what one document transaction did to its cards: history entries,
 * automatic follows and notifications, ACTIVITY_CHUNK_CARDS cards per SQL transaction (one fsync
 * each, not one per row), yielding to the event loop between chunks so a big update never holds
 * up other requests (GET /api/health, other boards) for longer than one chunk takes.
 */
import {
  autoFollows,
  type CardChange,
  type MentionTarget,
  type NotificationEvent,
} from '@orderlane/shared';
import type { CardActivityBatch, NotificationRecord } from '../persistence/CardActivityStorage';
import type { MemberWithUser } from '../persistence/AccountStorage';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import { namesOf, toHistoryDto } from './activityDto';
import type { Notifier } from './Notifier';

/** Cards per SQL transaction; between two chunks the event loop serves everyone else. */
export const ACTIVITY_CHUNK_CARDS = 100;

export interface CardEvent {
  cardId: string;
  title: string;
  changes: CardChange[];
  mentions: MentionTarget[];
  description: string;
}

export interface RecordContext {
  boardId: string;
  /** The board's workspace and its members; null when the board is gone (history only). */
  workspace: { id: string; members: MemberWithUser[] } | null;
  actorId: string | null;
  at: number;
  storage: Storage;
  notifier: Notifier;
  bus: RealtimeBus;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function recordCardEvents(events: CardEvent[], ctx: RecordContext): Promise<void> {
  for (let start = 0; start < events.length; start += ACTIVITY_CHUNK_CARDS) {
    if (start > 0) await yieldToEventLoop();
    await recordChunk(events.slice(start, start + ACTIVITY_CHUNK_CARDS), ctx);
  }
}

async function recordChunk(events: CardEvent[], ctx: RecordContext): Promise<void> {
  const { boardId, workspace, actorId, at } = ctx;
  const batch: CardActivityBatch = {
    history: events.flatMap((e) =>
      e.changes.map((c) => ({
        boardId,
        cardId: e.cardId,
        type: c.type,
        from: c.from,
        to: c.to,
        subject: c.subject ?? null,
        actorId,
        at,
      })),
    ),
    follows: [],
    notifications: [],
  };
  if (workspace) {
    for (const e of events) {
      batch.follows.push(...followsOf(e, ctx, workspace.members));
      batch.notifications.push(...notificationsOf(e, ctx, workspace));
    }
  }
  const stored = await ctx.storage.activity.recordActivity(batch);
  if (!workspace) return;
  if (stored.length > 0) {
    const nameOf = namesOf(workspace.members);
    ctx.bus.toBoard(
      boardId,
      'card:history',
      stored.map((h) => toHistoryDto(h, nameOf)),
    );
  }
  ctx.notifier.deliver(batch.notifications, workspace.members);
}

function followsOf(e: CardEvent, ctx: RecordContext, members: MemberWithUser[]) {
  const memberIds = new Set(members.map((m) => m.userId));
  const owner = e.changes.find((c) => c.type === 'owner');
  const follows = [
    ...(e.changes.some((c) => c.type === 'created') && ctx.actorId
      ? autoFollows({ kind: 'created', createdBy: ctx.actorId })
      : []),
    ...(owner ? autoFollows({ kind: 'owner', ownerId: owner.to }) : []),
    ...autoFollows({ kind: 'mention', mentions: e.mentions }),
  ].filter((f) => memberIds.has(f.userId));
  const card = { boardId: ctx.boardId, cardId: e.cardId };
  return follows.map((f) => ({ card, userId: f.userId, reason: f.reason, at: ctx.at }));
}

function notificationsOf(
  e: CardEvent,
  ctx: RecordContext,
  workspace: { id: string; members: MemberWithUser[] },
): NotificationRecord[] {
  const base = {
    workspaceId: workspace.id,
    boardId: ctx.boardId,
    cardId: e.cardId,
    cardTitle: e.title,
    actorId: ctx.actorId,
    commentId: null,
    members: workspace.members,
  };
  const authorId = ctx.actorId ?? '';
  const out: NotificationRecord[] = [];
  if (e.mentions.length > 0) {
    const events: NotificationEvent[] = [{ kind: 'mention', authorId, targets: e.mentions }];
    out.push(...ctx.notifier.plan({ ...base, source: 'description', text: e.description, events }));
  }
  const owner = e.changes.find((c) => c.type === 'owner');
  if (owner?.to) {
    const events: NotificationEvent[] = [{ kind: 'assigned', authorId, ownerId: owner.to }];
    out.push(...ctx.notifier.plan({ ...base, source: 'card', text: e.title, events }));
  }
  return out;
}
