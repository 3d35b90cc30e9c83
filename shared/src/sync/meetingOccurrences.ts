/**
 * Meeting occurrences in the series document: one Y.Map per meeting under `meetings`, with its
 * attendees (a map, so two arrivals at once both count) and the server's mirrored clock.
 */
import * as Y from 'yjs';
import type { Meeting } from '../domain/meetings/meetingTypes';
import { AGENDA_GROUPINGS, MEETING_STATUSES } from '../domain/meetings/meetingTypes';
import type { MeetingClockState } from '../domain/meetings/meetingClock';
import type { YRecord } from './boardDoc';
import {
  isoDateOrNull,
  meetingsMap,
  numOrNull,
  oneOf,
  strOrNull,
  writePatch,
} from './meetingFields';

export function readMeeting(id: string, map: YRecord): Meeting {
  const attendees = map.get('attendees');
  const attendeeIds =
    attendees instanceof Y.Map
      ? [...(attendees as Y.Map<unknown>).entries()]
          .sort(
            (a, b) => (numOrNull(a[1]) ?? 0) - (numOrNull(b[1]) ?? 0) || a[0].localeCompare(b[0]),
          )
          .map(([userId]) => userId)
      : [];
  return {
    id,
    date: isoDateOrNull(map.get('date')) ?? '1970-01-01',
    status: oneOf(MEETING_STATUSES, map.get('status'), 'planned'),
    facilitatorId: strOrNull(map.get('facilitatorId')),
    attendeeIds,
    startedAt: numOrNull(map.get('startedAt')),
    endedAt: numOrNull(map.get('endedAt')),
    groupBy: oneOf(AGENDA_GROUPINGS, map.get('groupBy'), 'lane'),
    createdAt: numOrNull(map.get('createdAt')) ?? 0,
    createdBy: strOrNull(map.get('createdBy')),
  };
}

export function listMeetings(doc: Y.Doc): Meeting[] {
  return [...meetingsMap(doc).entries()].map(([id, map]) => readMeeting(id, map));
}

export function getMeeting(doc: Y.Doc, id: string): Meeting | undefined {
  const map = meetingsMap(doc).get(id);
  return map ? readMeeting(id, map) : undefined;
}

export interface NewMeeting {
  id: string;
  date: string;
  facilitatorId: string | null;
  groupBy?: Meeting['groupBy'];
  createdBy: string | null;
}

export function addMeeting(doc: Y.Doc, meeting: NewMeeting, now: number): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    meetingsMap(doc).set(meeting.id, map);
    map.set('date', meeting.date);
    map.set('status', 'planned');
    map.set('facilitatorId', meeting.facilitatorId);
    map.set('groupBy', meeting.groupBy ?? 'lane');
    map.set('attendees', new Y.Map<unknown>());
    map.set('startedAt', null);
    map.set('endedAt', null);
    map.set('createdAt', now);
    map.set('createdBy', meeting.createdBy);
  });
}

export type MeetingPatch = Partial<
  Pick<Meeting, 'date' | 'status' | 'facilitatorId' | 'startedAt' | 'endedAt' | 'groupBy'>
>;

export function updateMeeting(doc: Y.Doc, id: string, patch: MeetingPatch): boolean {
  const map = meetingsMap(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    writePatch(map, patch);
  });
  return true;
}

/** Records an attendee (first arrival time kept); a map, so two arrivals at once both count. */
export function addAttendee(doc: Y.Doc, meetingId: string, userId: string, now: number): boolean {
  const map = meetingsMap(doc).get(meetingId);
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

/** The server's clock state, mirrored into the meeting so it survives a server restart. */
export function writeMeetingClock(doc: Y.Doc, state: MeetingClockState): void {
  meetingsMap(doc)
    .get(state.meetingId)
    ?.set('clock', { ...state });
}

export function readMeetingClock(doc: Y.Doc, meetingId: string): MeetingClockState | null {
  const value = meetingsMap(doc).get(meetingId)?.get('clock');
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return {
    meetingId,
    running: v.running === true,
    facilitatorId: strOrNull(v.facilitatorId),
    startedAt: numOrNull(v.startedAt),
    endedAt: numOrNull(v.endedAt),
    meetingTimeboxSeconds: numOrNull(v.meetingTimeboxSeconds),
    currentItemId: strOrNull(v.currentItemId),
    itemStartedAt: numOrNull(v.itemStartedAt),
    itemTimeboxSeconds: numOrNull(v.itemTimeboxSeconds),
    itemPausedMs: numOrNull(v.itemPausedMs) ?? 0,
    pausedAt: numOrNull(v.pausedAt),
    sectionKey: strOrNull(v.sectionKey),
    revision: numOrNull(v.revision) ?? 0,
  };
}
