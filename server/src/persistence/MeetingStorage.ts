/**
 * Meetings, as far as the server owns them: the frozen minutes, written once when a meeting ends
 * and never changed afterwards (the Yjs document stays editable; the minutes are what was agreed
 * when it ended), and each meeting's run.
 */
import type { MeetingRun, Minutes } from '@orderlane/shared';

export interface MeetingMinutesRecord {
  boardId: string;
  meetingId: string;
  workspaceId: string;
  /** The meeting's ISO date. */
  date: string;
  minutes: Minutes;
  frozenAt: number;
}

/** A meeting's run without its attendance (attendance is appended, never rewritten). */
export type MeetingRunState = Omit<MeetingRun, 'attendeeIds'>;

/** A run taken over from an older document, once, with its attendees' first-join times. */
export interface AdoptedMeetingRun extends MeetingRunState {
  attendees: { userId: string; at: number }[];
}

export interface MeetingStorage {
  /** Stores the minutes unless that meeting's are already stored; false = already frozen. */
  freezeMinutes(record: MeetingMinutesRecord): Promise<boolean>;
  getMinutes(boardId: string, meetingId: string): Promise<MeetingMinutesRecord | undefined>;
  /** The minutes of a series, newest meeting first. */
  listMinutes(boardId: string): Promise<MeetingMinutesRecord[]>;

  /**
   * A meeting's run: status, facilitator, times, clock, attendance. Only the server writes it;
   * the series document's copies of these keys are never read.
   */
  getRun(boardId: string, meetingId: string): Promise<MeetingRun | undefined>;
  listRuns(boardId: string): Promise<MeetingRun[]>;
  /** Creates or replaces the run's state (attendance is kept). */
  putRun(boardId: string, run: MeetingRunState): Promise<void>;
  /** Records an attendee's first join; false if they were already recorded. */
  addAttendee(boardId: string, meetingId: string, userId: string, at: number): Promise<boolean>;
  /**
   * Takes over the runs an older document held, once per series: inserts those of meetings with
   * no run yet and marks the series adopted. False (nothing written) if it already was.
   */
  adoptRuns(boardId: string, runs: readonly AdoptedMeetingRun[], at: number): Promise<boolean>;
}
