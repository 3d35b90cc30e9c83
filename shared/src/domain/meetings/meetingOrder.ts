/**
 * The order in which a series' meetings happen: by date, then by creation, then by id, so two
 * meetings created in the same millisecond still sort the same way on every screen and server.
 */
import type { Meeting } from './meetingTypes';

type Ordered = Pick<Meeting, 'id' | 'date' | 'createdAt'>;

function compareMeetings(a: Ordered, b: Ordered): number {
  return a.date.localeCompare(b.date) || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** Oldest first: the order of the follow-up rules (previous meeting, carried items). */
export function orderMeetings<M extends Ordered>(meetings: readonly M[]): M[] {
  return [...meetings].sort(compareMeetings);
}

/** Newest first: the order a series' occurrences are listed in. */
export function newestMeetingsFirst<M extends Ordered>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => compareMeetings(b, a));
}
