/**
 * A meeting's run: the state only the server writes (status, facilitator, start and end times,
 * attendance, the clock). It lives in SQL, not in the series document, because any member's
 * peer can write anything into the document: a `status: 'ended'` or a
 * `facilitatorId` some client wrote there is simply never read. Schema: docs/meetings.md.
 */
import type { MeetingClockState } from './meetingClock';
import type { Meeting, MeetingStatus } from './meetingTypes';

export interface MeetingRun {
  meetingId: string;
  status: MeetingStatus;
  facilitatorId: string | null;
  startedAt: number | null;
  endedAt: number | null;
  /** Who attended, in the order they first joined. */
  attendeeIds: string[];
  /** The server's clock (null before the start). */
  clock: MeetingClockState | null;
}

/**
 * The meeting as it is: the document's part (date, grouping, creation) with the run's part on
 * top. Without a run the meeting has not started: planned, nobody attended, whatever the
 * document says.
 */
export function withRun(meeting: Meeting, run: MeetingRun | undefined): Meeting {
  return {
    ...meeting,
    status: run?.status ?? 'planned',
    facilitatorId: run?.facilitatorId ?? null,
    startedAt: run?.startedAt ?? null,
    endedAt: run?.endedAt ?? null,
    attendeeIds: run ? [...run.attendeeIds] : [],
  };
}

/** Every meeting of a series with its run on top (runs keyed by meeting id). */
export function withRuns(
  meetings: readonly Meeting[],
  runs: ReadonlyMap<string, MeetingRun>,
): Meeting[] {
  return meetings.map((m) => withRun(m, runs.get(m.id)));
}
