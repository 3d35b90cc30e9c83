/**
 * A card's history: the meaningful changes between two states of a card, as events with from/to.
 *
 * The server observes each board document and appends these to SQL with who and when; later KPIs
 * (time in stage, hand-offs between departments) are computed from `stage` and `lane` events, so
 * a `created` event names the starting column in `to` and the starting lane in `subject` (and
 * an `owner` event follows it when the card was made with an owner).
 */
import type { Card, RiskKind } from './card';

export const CARD_CHANGE_TYPES = [
  'created',
  'stage',
  'lane',
  'owner',
  'dueDate',
  'priority',
  'riskAdded',
  'riskRemoved',
  'riskChanged',
  'blocked',
  'unblocked',
  'deleted',
  /** A meeting's decision on the card: the meeting's date in `from`, the text in `to`. */
  'decision',
] as const;
export type CardChangeType = (typeof CARD_CHANGE_TYPES)[number];

export interface CardChange {
  type: CardChangeType;
  /**
   * The previous value: a column id, lane id, user id, ISO date, priority or risk severity. For
   * `blocked`/`unblocked`: the blocked reason ('' = no reason given); a `blocked` event with a
   * non-null `from` is a changed reason on a card that stayed blocked.
   */
  from: string | null;
  to: string | null;
  /** For risk events: which risk. For `created`: the starting lane id. */
  subject?: string;
}

/** The fields history looks at (a whole Card fits). */
export type CardState = Pick<Card, 'columnId' | 'laneId' | 'ownerId' | 'dueDate' | 'priority'> & {
  risks: readonly { kind: RiskKind; severity: string }[];
  /** Optional so states recorded before the blocked flag existed still diff (as not blocked). */
  blocked?: string | null;
};

/** Blocking, unblocking, or a new reason on a card that stays blocked. */
function blockedChange(
  before: string | null | undefined,
  after: string | null | undefined,
  out: CardChange[],
): void {
  const was = before ?? null;
  const now = after ?? null;
  if (was === now) return;
  if (now === null) out.push({ type: 'unblocked', from: was, to: null });
  else out.push({ type: 'blocked', from: was, to: now });
}

function scalar(
  type: CardChangeType,
  from: string | null,
  to: string | null,
  out: CardChange[],
): void {
  if (from !== to) out.push({ type, from, to });
}

/** One severity per risk kind: the highest listed, so a duplicate entry does not flap. */
function riskSeverities(risks: CardState['risks']): Map<string, string> {
  const order = ['low', 'medium', 'high'];
  const map = new Map<string, string>();
  for (const risk of risks) {
    const current = map.get(risk.kind);
    if (current === undefined || order.indexOf(risk.severity) > order.indexOf(current))
      map.set(risk.kind, risk.severity);
  }
  return map;
}

/**
 * The events that turn `before` into `after`: `undefined` before means created, `undefined`
 * after means deleted. Pure; the order is stable (stage, lane, owner, due date, priority, blocked,
 * risks).
 */
export function diffCardChange(
  before: CardState | undefined,
  after: CardState | undefined,
): CardChange[] {
  if (!before && !after) return [];
  if (!before) {
    const created: CardChange[] = [
      { type: 'created', from: null, to: after!.columnId, subject: after!.laneId },
    ];
    // A card made with an owner was assigned as it was made: that owner is told and follows.
    if (after!.ownerId) created.push({ type: 'owner', from: null, to: after!.ownerId });
    blockedChange(null, after!.blocked, created);
    return created;
  }
  if (!after) return [{ type: 'deleted', from: before.columnId, to: null }];
  const out: CardChange[] = [];
  scalar('stage', before.columnId, after.columnId, out);
  scalar('lane', before.laneId, after.laneId, out);
  scalar('owner', before.ownerId, after.ownerId, out);
  scalar('dueDate', before.dueDate, after.dueDate, out);
  scalar('priority', before.priority, after.priority, out);
  blockedChange(before.blocked, after.blocked, out);
  const was = riskSeverities(before.risks);
  const now = riskSeverities(after.risks);
  for (const [kind, severity] of now) {
    const old = was.get(kind);
    if (old === undefined) out.push({ type: 'riskAdded', from: null, to: severity, subject: kind });
    else if (old !== severity)
      out.push({ type: 'riskChanged', from: old, to: severity, subject: kind });
  }
  for (const [kind, severity] of was) {
    if (!now.has(kind)) out.push({ type: 'riskRemoved', from: severity, to: null, subject: kind });
  }
  return out;
}
