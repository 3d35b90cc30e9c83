/**
 * Who is notified of what. One event gives at most one notification per person, never to its
 * author, and only to members of the event's workspace: a mention of someone elsewhere reaches
 * nobody, so another workspace can neither be probed nor spammed.
 */
import type { MentionTarget } from './mentions';
import type { RoleKey } from './roles';

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'comment'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A member of the workspace the event happened in. */
export interface WorkspaceMemberRef {
  userId: string;
  role: RoleKey;
}

export type NotificationEvent =
  /** Mentions added by the author, in a comment or a card description. */
  | { kind: 'mention'; authorId: string; targets: readonly MentionTarget[] }
  /** The card's owner changed to `ownerId`. */
  | { kind: 'assigned'; authorId: string; ownerId: string | null }
  /** A comment on a card: its owner and followers hear of it. */
  | { kind: 'comment'; authorId: string; ownerId: string | null; followerIds: readonly string[] };

export interface Recipient {
  userId: string;
  kind: NotificationKind;
}

/** The user ids an event reaches, deduplicated, in a stable order. */
export function notificationRecipients(
  event: NotificationEvent,
  members: readonly WorkspaceMemberRef[],
): string[] {
  const memberIds = new Set(members.map((m) => m.userId));
  const out = new Set<string>();
  const add = (userId: string | null) => {
    if (userId && userId !== event.authorId && memberIds.has(userId)) out.add(userId);
  };
  switch (event.kind) {
    case 'mention':
      for (const target of event.targets) {
        if (target.kind === 'user') add(target.userId);
        else for (const m of members) if (m.role === target.role) add(m.userId);
      }
      break;
    case 'assigned':
      add(event.ownerId);
      break;
    case 'comment':
      add(event.ownerId);
      for (const id of event.followerIds) add(id);
      break;
  }
  return [...out];
}

/**
 * Several events of one action (a comment that mentions its card's owner) still give one
 * notification per person: the first event in the list that reaches a person wins, so list the
 * most specific first (mention, then assigned, then comment).
 */
export function planNotifications(
  events: readonly NotificationEvent[],
  members: readonly WorkspaceMemberRef[],
): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const event of events) {
    for (const userId of notificationRecipients(event, members)) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      out.push({ userId, kind: event.kind });
    }
  }
  return out;
}
