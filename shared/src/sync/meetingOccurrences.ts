/**
 * Meeting occurrences in the series document: one Y.Map per meeting under `meetings`, holding
 * what members edit together (date, grouping). The run (status, facilitator, times, clock,
 * attendance) is the server's, in SQL; older documents' copies are read only to adopt
 * such a series once (`readLegacy…`, `readMeetingClock`).
 */
import * as Y from 'yjs';
import type { Meeting } from '../domain/meetings/meetingTypes';
import { AGENDA_GROUPINGS, MEETING_STATUSES } from '../domain/meetings/meetingTypes';
import type { MeetingClockState } from '../domain/meetings/meetingClock';
import {
  entryOf,
  readIsoDate,
  readNumber,
  readBoolean,
  readOneOf,
  readEntries,
  readEntry,
  readPlainObject,
  readStringOrNull,
  type YRecord,
} from './docReaders';
import { addEntry, meetingsMap, patchEntry } from './meetingFields';

/**
 * A meeting entry as the document holds it. Status, facilitator, times and attendance are the
 * server's (its SQL run, `withRun`): whatever a peer wrote under those keys is not read here,
 * so the entry reads as not started until the run is put on top.
 */
export function readMeeting(id: string, map: YRecord): Meeting {
  return {
    id,
    date: readIsoDate(map.get('date')) ?? '1970-01-01',
    status: 'planned',
    facilitatorId: null,
    attendeeIds: [],
    startedAt: null,
    endedAt: null,
    groupBy: readOneOf(AGENDA_GROUPINGS, map.get('groupBy')) ?? 'lane',
    createdAt: readNumber(map.get('createdAt')) ?? 0,
    createdBy: readStringOrNull(map.get('createdBy')),
  };
}

export function listMeetings(doc: Y.Doc): Meeting[] {
  return readEntries(meetingsMap(doc), readMeeting);
}

export function getMeeting(doc: Y.Doc, id: string): Meeting | undefined {
  return readEntry(meetingsMap(doc), id, readMeeting);
}

export interface NewMeeting {
  id: string;
  date: string;
  groupBy?: Meeting['groupBy'];
  createdBy: string | null;
}

export function addMeeting(doc: Y.Doc, meeting: NewMeeting, now: number): void {
  // Status, facilitator, times and attendance are the server's (its SQL run record);
  // the document holds only what members edit together.
  addEntry(doc, meetingsMap(doc), meeting.id, {
    date: meeting.date,
    groupBy: meeting.groupBy ?? 'lane',
    createdAt: now,
    createdBy: meeting.createdBy,
  });
}

/** What members edit in a meeting entry; the run's keys are the server's (SQL), never written here. */
export type MeetingPatch = Partial<Pick<Meeting, 'date' | 'groupBy'>>;

export function updateMeeting(doc: Y.Doc, id: string, patch: MeetingPatch): boolean {
  return patchEntry(doc, meetingsMap(doc), id, patch);
}

/** The clock an older document mirrored (adoption of an older series only, `legacyMeetingRun`). */
export function readMeetingClock(doc: Y.Doc, meetingId: string): MeetingClockState | null {
  // A plain object: a Y type or an array some peer wrote there is not a clock.
  const v = readPlainObject(entryOf(meetingsMap(doc), meetingId)?.get('clock'));
  if (!v) return null;
  return {
    meetingId,
    running: readBoolean(v.running),
    facilitatorId: readStringOrNull(v.facilitatorId),
    startedAt: readNumber(v.startedAt),
    endedAt: readNumber(v.endedAt),
    meetingTimeboxSeconds: readNumber(v.meetingTimeboxSeconds),
    currentItemId: readStringOrNull(v.currentItemId),
    itemStartedAt: readNumber(v.itemStartedAt),
    itemTimeboxSeconds: readNumber(v.itemTimeboxSeconds),
    itemPausedMs: readNumber(v.itemPausedMs) ?? 0,
    pausedAt: readNumber(v.pausedAt),
    sectionKey: readStringOrNull(v.sectionKey),
    revision: readNumber(v.revision) ?? 0,
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
    .map(([userId, at]) => ({ userId, at: readNumber(at) ?? 0 }))
    .sort((a, b) => a.at - b.at || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

/**
 * The run's keys an older document held in a meeting entry (before meeting runs moved to SQL),
 * read ONLY to adopt an older series once (`legacyMeetingRun` on the server).
 */
export function readLegacyMeetingFields(
  doc: Y.Doc,
  meetingId: string,
): Pick<Meeting, 'status' | 'facilitatorId' | 'startedAt' | 'endedAt'> | undefined {
  const map = entryOf(meetingsMap(doc), meetingId);
  if (!map) return undefined;
  return {
    status: readOneOf(MEETING_STATUSES, map.get('status')) ?? 'planned',
    facilitatorId: readStringOrNull(map.get('facilitatorId')),
    startedAt: readNumber(map.get('startedAt')),
    endedAt: readNumber(map.get('endedAt')),
  };
}
