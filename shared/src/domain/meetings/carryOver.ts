/**
 * Follow-up of decisions: action items not done by the next meeting come back on its
 * agenda, with how many meetings they have been carried; done ones do not. The count is derived
 * from the series' meetings rather than stored, so concurrent meetings never double-count.
 */
import type { ActionItem, Meeting } from './meetingTypes';
import { orderMeetings } from './meetingOrder';

export interface CarriedActionItem extends ActionItem {
  /** How many meetings of the series the item has come back to, this one included. */
  carriedCount: number;
  /** Those meetings' ids, oldest first. */
  carriedInto: string[];
}

/** Local midnight of an ISO day: when a meeting that has not started yet is taken to be. */
function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

export function meetingTime(meeting: Meeting): number {
  return meeting.startedAt ?? dayStart(meeting.date);
}

/** The meeting held before `meetingId` in the series, if any. */
export function previousMeeting(meetings: readonly Meeting[], meetingId: string): Meeting | null {
  const ordered = orderMeetings(meetings);
  const index = ordered.findIndex((m) => m.id === meetingId);
  return index > 0 ? ordered[index - 1]! : null;
}

/** Index of the meeting an item was decided in; items made outside meetings count from creation. */
function originIndex(item: ActionItem, ordered: readonly Meeting[]): number {
  if (item.createdInMeetingId) {
    const index = ordered.findIndex((m) => m.id === item.createdInMeetingId);
    if (index >= 0) return index;
  }
  let origin = -1;
  ordered.forEach((m, i) => {
    if (meetingTime(m) <= item.createdAt) origin = i;
  });
  return origin;
}

/**
 * The action items that come back on meeting `meetingId`'s agenda. An item done before that
 * meeting started does not come back; one done during the meeting stays on it (it was open when
 * the meeting began), so a meeting's agenda does not change under the facilitator's feet.
 */
export function carriedActionItems(
  actionItems: readonly ActionItem[],
  meetings: readonly Meeting[],
  meetingId: string,
): CarriedActionItem[] {
  const ordered = orderMeetings(meetings);
  const index = ordered.findIndex((m) => m.id === meetingId);
  if (index < 0) return [];
  const meeting = ordered[index]!;
  const carried: CarriedActionItem[] = [];
  for (const item of actionItems) {
    const origin = originIndex(item, ordered);
    if (origin >= index) continue;
    if (item.done) {
      const doneBeforeMeeting =
        meeting.startedAt === null || item.doneAt === null || item.doneAt < meeting.startedAt;
      if (doneBeforeMeeting) continue;
    }
    const carriedInto = ordered.slice(origin + 1, index + 1).map((m) => m.id);
    carried.push({ ...item, carriedCount: carriedInto.length, carriedInto });
  }
  // Longest carried first: those are the decisions that are not being followed up.
  return carried.sort(
    (a, b) =>
      b.carriedCount - a.carriedCount ||
      a.position.localeCompare(b.position) ||
      a.id.localeCompare(b.id),
  );
}
