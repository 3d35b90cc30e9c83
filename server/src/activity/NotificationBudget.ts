/**
 * How many notifications one person can cause another, whatever the path (a card's owner or
 * description over Yjs, comments, action items): a member flipping a card's owner back and forth
 * or toggling a mention must not fill a colleague's inbox.
 *
 * Two rules, per actor and recipient:
 * - a repeat (same kind, about the same thing) within NOTIFICATION_REPEAT_WINDOW_MS is dropped:
 *   the first one already leads the recipient to the card;
 * - beyond that, a token bucket: a burst of NOTIFICATION_BUDGET.capacity, then one more every
 *   `refillMs`; what does not fit is dropped (the card's history still has it).
 * Changes made by the server on nobody's behalf (no actor) have no bucket, only the repeat rule.
 *
 * In memory, like the HTTP write budgets: one per server, held by its one Notifier.
 */
import type { NotificationKind } from '@orderlane/shared';
import { TokenBuckets } from '../limits/TokenBuckets';

export const NOTIFICATION_REPEAT_WINDOW_MS = 60_000;
export const NOTIFICATION_BUDGET = { capacity: 40, refillMs: 15_000 } as const;
/** Past this many entries, the maps drop what carries no information any more. */
const PRUNE_ABOVE = 10_000;

export interface NotificationDraft {
  actorId: string | null;
  userId: string;
  kind: NotificationKind;
  /** What the notification is about: a card, a comment, an action item. */
  subject: string;
}

export class NotificationBudget {
  private readonly lastSent = new Map<string, number>();
  private readonly buckets: TokenBuckets;

  constructor(private readonly now: () => number) {
    this.buckets = new TokenBuckets(NOTIFICATION_BUDGET, now);
  }

  /** Whether this notification may go out; if so, it counts against the budget. */
  admit(draft: NotificationDraft): boolean {
    const t = this.now();
    const pair = `${draft.actorId ?? ''}\u0000${draft.userId}`;
    const repeatKey = `${pair}\u0000${draft.kind}\u0000${draft.subject}`;
    const last = this.lastSent.get(repeatKey);
    if (last !== undefined && t - last < NOTIFICATION_REPEAT_WINDOW_MS) return false;
    if (draft.actorId !== null && !this.buckets.take(pair)) return false;
    this.lastSent.set(repeatKey, t);
    this.prune(t);
    return true;
  }

  private prune(t: number): void {
    if (this.lastSent.size > PRUNE_ABOVE) {
      for (const [key, at] of this.lastSent)
        if (t - at >= NOTIFICATION_REPEAT_WINDOW_MS) this.lastSent.delete(key);
    }
  }
}
