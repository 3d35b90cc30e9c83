/**
 * Meeting occurrences in the series document: one Y.Map per meeting under `meetings`, with its
 * attendees (a map, so two arrivals at once both count) and the server's mirrored clock.
 */
import * as Y from 'yjs';
import type { Meeting } from '../domain/meetings/meetingTypes';
import { AGENDA_GROUPINGS, MEETING_STATUSES } from '../domain/meetings/meetingTypes';
import type { MeetingClockState } from '../domain/meetings/meetingClock';
import {
  entriesOf,
  entryOf,
  readIsoDate,
  readNumberOrNull,
  readOneOf,
  readStringOrNull,
  type YRecord,
} from './docReaders';
import { meetingsMap, writePatch } from './meetingFields';

export function readMeeting(id: string, map: YRecord): Meeting {
  const attendees = map.get('attendees');
  const attendeeIds =
    attendees instanceof Y.Map
      ? [...(attendees as Y.Map<unknown>).entries()]
          .sort(
            (a, b) =>
              (readNumberOrNull(a[1]) ?? 0) - (readNumberOrNull(b[1]) ?? 0) ||
              a[0].localeCompare(b[0]),
          )
          .map(([userId]) => userId)
      : [];
  return {
    id,
    date: readIsoDate(map.get('date')) ?? '1970-01-01',
    status: readOneOf(MEETING_STATUSES, map.get('status')) ?? 'planned',
    facilitatorId: readStringOrNull(map.get('facilitatorId')),
    attendeeIds,
    startedAt: readNumberOrNull(map.get('startedAt')),
    endedAt: readNumberOrNull(map.get('endedAt')),
    groupBy: readOneOf(AGENDA_GROUPINGS, map.get('groupBy')) ?? 'lane',
    createdAt: readNumberOrNull(map.get('createdAt')) ?? 0,
    createdBy: readStringOrNull(map.get('createdBy')),
  };
}

export function listMeetings(doc: Y.Doc): Meeting[] {
  return entriesOf(meetingsMap(doc)).map(([id, map]) => readMeeting(id, map));
}

export function getMeeting(doc: Y.Doc, id: string): Meeting | undefined {
  const map = entryOf(meetingsMap(doc), id);
  return map ? readMeeting(id, map) : undefined;
}

export interface NewMeeting {
  id: string;
  date: string;
  groupBy?: Meeting['groupBy'];
  createdBy: string | null;
}

export function addMeeting(doc: Y.Doc, meeting: NewMeeting, now: number): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    meetingsMap(doc).set(meeting.id, map);
    map.set('date', meeting.date);
    // Status, facilitator, times and attendance are the server's (its SQL run record, issue 9);
    // the document holds only what members edit together.
    map.set('groupBy', meeting.groupBy ?? 'lane');
    map.set('createdAt', now);
    map.set('createdBy', meeting.createdBy);
  });
}

export type MeetingPatch = Partial<
  Pick<Meeting, 'date' | 'status' | 'facilitatorId' | 'startedAt' | 'endedAt' | 'groupBy'>
>;

export function updateMeeting(doc: Y.Doc, id: string, patch: MeetingPatch): boolean {
  const map = entryOf(meetingsMap(doc), id);
  if (!map) return false;
  doc.transact(() => {
    writePatch(map, patch);
  });
  return true;
}

/**
 * Records an attendee in the document (first arrival time kept). Older documents only: the
 * server keeps attendance in SQL and never reads this back except to adopt an older series.
 */
export function addAttendee(doc: Y.Doc, meetingId: string, userId: string, now: number): boolean {
  const map = entryOf(meetingsMap(doc), meetingId);
  if (!map) return false;
  doc.transact(() => {
    let attendees = map.get('attendees');
    if (!(attendees instanceof Y.Map)) {
      attendees = new Y.Map<unknown>();
      map.set('attendees', attendees);
    }
    const m = attendees as Y.Map<unknown>;
    if (!m.has(userId)) m.set(userId, now);
  });
  return true;
}

/** Older documents' clock mirror; the server reads it once, to adopt an older series. */
export function writeMeetingClock(doc: Y.Doc, state: MeetingClockState): void {
  entryOf(meetingsMap(doc), state.meetingId)?.set('clock', { ...state });
}

export function readMeetingClock(doc: Y.Doc, meetingId: string): MeetingClockState | null {
  const value = entryOf(meetingsMap(doc), meetingId)?.get('clock');
  // A plain object: a Y type or an array some peer wrote there is not a clock.
  if (
    !value ||
    typeof value !== 'object' ||
    value instanceof Y.AbstractType ||
    Array.isArray(value)
  )
    return null;
  const v = value as Record<string, unknown>;
  return {
    meetingId,
    running: v.running === true,
    facilitatorId: readStringOrNull(v.facilitatorId),
    startedAt: readNumberOrNull(v.startedAt),
    endedAt: readNumberOrNull(v.endedAt),
    meetingTimeboxSeconds: readNumberOrNull(v.meetingTimeboxSeconds),
    currentItemId: readStringOrNull(v.currentItemId),
    itemStartedAt: readNumberOrNull(v.itemStartedAt),
    itemTimeboxSeconds: readNumberOrNull(v.itemTimeboxSeconds),
    itemPausedMs: readNumberOrNull(v.itemPausedMs) ?? 0,
    pausedAt: readNumberOrNull(v.pausedAt),
    sectionKey: readStringOrNull(v.sectionKey),
    revision: readNumberOrNull(v.revision) ?? 0,
  };
}

/** Attendees an older document recorded, with their first-join times (adoption only). */
export function readLegacyAttendees(
  doc: Y.Doc,
  meetingId: string,
): { userId: string; at: number }[] {
  const attendees = entryOf(meetingsMap(doc), meetingId)?.get('attendees');
  if (!(attendees instanceof Y.Map)) return [];
  return [...(attendees as Y.Map<unknown>).entries()]
    .map(([userId, at]) => ({ userId, at: readNumberOrNull(at) ?? 0 }))
    .sort((a, b) => a.at - b.at || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
