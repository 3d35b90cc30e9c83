/**
 * A meeting's agenda fits its planned length: the sections take turns (the first item of every
 * section, then the second of every section, …) so each lane or person gets its share of the
 * time, and what does not fit goes to the overflow with its reasons instead of being dropped.
 * Items already written into the meeting (they may carry notes) and carried action items always
 * stay.
 */
import type { MeetingCadence } from '../board';
import type { AgendaReason } from './agendaPlan';

/** The planned length of a meeting of each cadence, when its series does not say otherwise. */
export const PLANNED_SECONDS: Readonly<Record<MeetingCadence, number>> = {
  daily: 15 * 60,
  weekly: 45 * 60,
  monthly: 60 * 60,
};

/** A card that qualified for the agenda but did not fit its planned length. */
export interface AgendaOverflow {
  cardId: string;
  boardId: string;
  reasons: AgendaReason[];
}

export interface FittableItem {
  stored: boolean;
  kind: string;
  sectionKey: string;
  timeboxSeconds: number;
  reasons: AgendaReason[];
  card: { boardId: string; cardId: string } | null;
}

/**
 * Keeps the stored items and as many suggestions as fit in `plannedSeconds`, walked in turns
 * across sections; `items` must already be in walk order (ranked within each section).
 */
export function fitAgenda<T extends FittableItem>(
  items: readonly T[],
  plannedSeconds: number,
): { items: T[]; overflow: AgendaOverflow[] } {
  // Stored items and carried action items (no card to list in the overflow) always stay.
  const fixed = (i: T) => i.stored || i.kind !== 'card';
  let used = items.filter(fixed).reduce((sum, i) => sum + i.timeboxSeconds, 0);
  const bySection = new Map<string, T[]>();
  for (const item of items) {
    if (fixed(item)) continue;
    const list = bySection.get(item.sectionKey) ?? [];
    list.push(item);
    bySection.set(item.sectionKey, list);
  }
  const kept = new Set<T>(items.filter(fixed));
  const queues = [...bySection.values()];
  let full = false;
  for (let turn = 0; !full && queues.some((q) => q.length > turn); turn++) {
    for (const queue of queues) {
      const item = queue[turn];
      if (!item) continue;
      if (used + item.timeboxSeconds > plannedSeconds) {
        full = true;
        break;
      }
      used += item.timeboxSeconds;
      kept.add(item);
    }
  }
  const overflow: AgendaOverflow[] = [];
  for (const item of items) {
    if (kept.has(item)) continue;
    if (item.card)
      overflow.push({
        cardId: item.card.cardId,
        boardId: item.card.boardId,
        reasons: item.reasons,
      });
  }
  return { items: items.filter((i) => kept.has(i)), overflow };
}
