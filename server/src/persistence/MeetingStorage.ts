/**
 * Frozen meeting minutes: written once when a meeting ends, never changed afterwards (the Yjs
 * document stays editable; the minutes are what was agreed when it ended).
 */
import type { Minutes } from '@orderlane/shared';

export interface MeetingMinutesRecord {
  boardId: string;
  meetingId: string;
  workspaceId: string;
  /** The meeting's ISO date. */
  date: string;
  minutes: Minutes;
  frozenAt: number;
}

export interface MeetingStorage {
  /** Stores the minutes unless that meeting's are already stored; false = already frozen. */
  freezeMinutes(record: MeetingMinutesRecord): Promise<boolean>;
  getMinutes(boardId: string, meetingId: string): Promise<MeetingMinutesRecord | undefined>;
  /** The minutes of a series, newest meeting first. */
  listMinutes(boardId: string): Promise<MeetingMinutesRecord[]>;
}
