/**
 * The run an older series document held (before meeting runs moved to SQL), read ONCE when the
 * series is adopted, for meetings that have no run yet. Frozen minutes win over the document:
 * they were written by the server. A document saying `ended` without frozen minutes was not
 * ended by the server (minutes are frozen before the status), so it is taken as still running.
 */
import {
  idleClock,
  readLegacyAttendees,
  readLegacyMeetingFields,
  readMeetingClock,
  type Meeting,
  type Minutes,
} from '@orderlane/shared';
import type * as Y from 'yjs';
import type { AdoptedMeetingRun } from '../persistence/MeetingStorage';

export function legacyMeetingRun(
  doc: Y.Doc,
  entry: Meeting,
  minutes: Minutes | undefined,
): AdoptedMeetingRun {
  const meetingId = entry.id;
  const clock = readMeetingClock(doc, meetingId);
  if (minutes) {
    const facilitatorId = minutes.facilitator?.id ?? null;
    const times = { startedAt: minutes.startedAt, endedAt: minutes.endedAt };
    return {
      meetingId,
      status: 'ended',
      facilitatorId,
      ...times,
      clock: { ...(clock ?? idleClock(meetingId)), running: false, facilitatorId, ...times },
      attendees: minutes.attendees.map((a, i) => ({ userId: a.id, at: i })),
    };
  }
  const meeting = readLegacyMeetingFields(doc, meetingId) ?? entry;
  if (meeting.status === 'planned')
    return {
      meetingId,
      status: 'planned',
      facilitatorId: meeting.facilitatorId,
      startedAt: null,
      endedAt: null,
      clock: null,
      attendees: [],
    };
  const facilitatorId = clock?.facilitatorId ?? meeting.facilitatorId;
  const startedAt = meeting.startedAt ?? clock?.startedAt ?? null;
  return {
    meetingId,
    status: 'running',
    facilitatorId,
    startedAt,
    endedAt: null,
    clock: clock ? { ...clock, running: true, facilitatorId, startedAt, endedAt: null } : null,
    attendees: readLegacyAttendees(doc, meetingId),
  };
}
