/** MeetingStorage on SQLite (SqliteStorage delegates here); table `meeting_minutes` (migrations). */
import type Database from 'better-sqlite3';
import type { Minutes } from '@orderlane/shared';
import type {
  AdoptedMeetingRun,
  MeetingMinutesRecord,
  MeetingRunState,
  MeetingStorage,
} from './MeetingStorage';
import { SqliteMeetingRuns } from './sqliteMeetingRuns';

interface MinutesRow {
  board_id: string;
  meeting_id: string;
  workspace_id: string;
  date: string;
  minutes_json: string;
  frozen_at: number;
}

const toRecord = (row: MinutesRow): MeetingMinutesRecord => ({
  boardId: row.board_id,
  meetingId: row.meeting_id,
  workspaceId: row.workspace_id,
  date: row.date,
  minutes: JSON.parse(row.minutes_json) as Minutes,
  frozenAt: row.frozen_at,
});

export class SqliteMeetings implements MeetingStorage {
  private readonly insert: Database.Statement;
  private readonly one: Database.Statement;
  private readonly list: Database.Statement;
  private readonly runs: SqliteMeetingRuns;

  constructor(db: Database.Database) {
    this.runs = new SqliteMeetingRuns(db);
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO meeting_minutes
         (board_id, meeting_id, workspace_id, date, minutes_json, frozen_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.one = db.prepare('SELECT * FROM meeting_minutes WHERE board_id = ? AND meeting_id = ?');
    this.list = db.prepare(
      'SELECT * FROM meeting_minutes WHERE board_id = ? ORDER BY date DESC, frozen_at DESC',
    );
  }

  async freezeMinutes(r: MeetingMinutesRecord): Promise<boolean> {
    const result = this.insert.run(
      r.boardId,
      r.meetingId,
      r.workspaceId,
      r.date,
      JSON.stringify(r.minutes),
      r.frozenAt,
    );
    return result.changes === 1;
  }

  async getMinutes(boardId: string, meetingId: string) {
    const row = this.one.get(boardId, meetingId) as MinutesRow | undefined;
    return row && toRecord(row);
  }

  async listMinutes(boardId: string) {
    return (this.list.all(boardId) as MinutesRow[]).map(toRecord);
  }

  async getMeetingRun(boardId: string, meetingId: string) {
    return this.runs.get(boardId, meetingId);
  }
  async listMeetingRuns(boardId: string) {
    return this.runs.listOf(boardId);
  }
  async putMeetingRun(boardId: string, run: MeetingRunState) {
    this.runs.put(boardId, run);
  }
  async addMeetingAttendee(boardId: string, meetingId: string, userId: string, at: number) {
    return this.runs.addAttendee(boardId, meetingId, userId, at);
  }
  async adoptMeetingRuns(boardId: string, runs: readonly AdoptedMeetingRun[], at: number) {
    return this.runs.adopt(boardId, runs, at);
  }
}
