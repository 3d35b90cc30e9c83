/**
 * MeetingStorage on SQLite (SqliteStorage's `meetings`): tables `meeting_minutes`, and for runs
 * `meeting_runs`, `meeting_attendees`, `meeting_run_adoptions` (migrations).
 */
import type Database from 'better-sqlite3';
import type { MeetingClockState, MeetingRun, MeetingStatus, Minutes } from '@orderlane/shared';
import type {
  AdoptedMeetingRun,
  MeetingMinutesRecord,
  MeetingRunState,
  MeetingStorage,
} from './MeetingStorage';

interface MinutesRow {
  board_id: string;
  meeting_id: string;
  workspace_id: string;
  date: string;
  minutes_json: string;
  frozen_at: number;
}

interface RunRow {
  meeting_id: string;
  status: MeetingStatus;
  facilitator_id: string | null;
  started_at: number | null;
  ended_at: number | null;
  clock_json: string | null;
}

const toMinutes = (row: MinutesRow): MeetingMinutesRecord => ({
  boardId: row.board_id,
  meetingId: row.meeting_id,
  workspaceId: row.workspace_id,
  date: row.date,
  minutes: JSON.parse(row.minutes_json) as Minutes,
  frozenAt: row.frozen_at,
});

const toRun = (row: RunRow, attendeeIds: string[]): MeetingRun => ({
  meetingId: row.meeting_id,
  status: row.status,
  facilitatorId: row.facilitator_id,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  attendeeIds,
  clock: row.clock_json ? (JSON.parse(row.clock_json) as MeetingClockState) : null,
});

const runParams = (boardId: string, run: MeetingRunState) =>
  [
    boardId,
    run.meetingId,
    run.status,
    run.facilitatorId,
    run.startedAt,
    run.endedAt,
    run.clock ? JSON.stringify(run.clock) : null,
  ] as const;

function meetingStatements(db: Database.Database) {
  const q = (sql: string) => db.prepare(sql);
  const runColumns = `(board_id, meeting_id, status, facilitator_id, started_at, ended_at, clock_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`;
  return {
    insertMinutes: q(
      `INSERT OR IGNORE INTO meeting_minutes
         (board_id, meeting_id, workspace_id, date, minutes_json, frozen_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    minutesOf: q('SELECT * FROM meeting_minutes WHERE board_id = ? AND meeting_id = ?'),
    minutesOfSeries: q(
      'SELECT * FROM meeting_minutes WHERE board_id = ? ORDER BY date DESC, frozen_at DESC',
    ),
    run: q('SELECT * FROM meeting_runs WHERE board_id = ? AND meeting_id = ?'),
    runsOf: q('SELECT * FROM meeting_runs WHERE board_id = ?'),
    upsertRun: q(`INSERT OR REPLACE INTO meeting_runs ${runColumns}`),
    insertRunIfNew: q(`INSERT OR IGNORE INTO meeting_runs ${runColumns}`),
    insertAttendee: q(
      `INSERT OR IGNORE INTO meeting_attendees (board_id, meeting_id, user_id, joined_at)
       VALUES (?, ?, ?, ?)`,
    ),
    attendeesOf: q(
      `SELECT user_id FROM meeting_attendees WHERE board_id = ? AND meeting_id = ?
       ORDER BY joined_at, user_id`,
    ),
    attendeesOfSeries: q(
      `SELECT meeting_id, user_id FROM meeting_attendees WHERE board_id = ?
       ORDER BY joined_at, user_id`,
    ),
    adopted: q('SELECT 1 FROM meeting_run_adoptions WHERE board_id = ?'),
    markAdopted: q('INSERT INTO meeting_run_adoptions (board_id, adopted_at) VALUES (?, ?)'),
  };
}

export class SqliteMeetings implements MeetingStorage {
  private readonly sql: ReturnType<typeof meetingStatements>;
  private readonly adoptAll: (
    boardId: string,
    runs: readonly AdoptedMeetingRun[],
    at: number,
  ) => boolean;

  constructor(db: Database.Database) {
    const sql = (this.sql = meetingStatements(db));
    this.adoptAll = db.transaction(
      (boardId: string, runs: readonly AdoptedMeetingRun[], at: number) => {
        if (sql.adopted.get(boardId)) return false;
        for (const run of runs) {
          if (sql.insertRunIfNew.run(...runParams(boardId, run)).changes === 0) continue;
          for (const a of run.attendees)
            sql.insertAttendee.run(boardId, run.meetingId, a.userId, a.at);
        }
        sql.markAdopted.run(boardId, at);
        return true;
      },
    );
  }

  async freezeMinutes(r: MeetingMinutesRecord): Promise<boolean> {
    const result = this.sql.insertMinutes.run(
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
    const row = this.sql.minutesOf.get(boardId, meetingId) as MinutesRow | undefined;
    return row && toMinutes(row);
  }

  async listMinutes(boardId: string) {
    return (this.sql.minutesOfSeries.all(boardId) as MinutesRow[]).map(toMinutes);
  }

  async getRun(boardId: string, meetingId: string) {
    const row = this.sql.run.get(boardId, meetingId) as RunRow | undefined;
    if (!row) return undefined;
    const attendees = this.sql.attendeesOf.all(boardId, meetingId) as { user_id: string }[];
    return toRun(
      row,
      attendees.map((a) => a.user_id),
    );
  }

  async listRuns(boardId: string) {
    const attendees = new Map<string, string[]>();
    for (const a of this.sql.attendeesOfSeries.all(boardId) as {
      meeting_id: string;
      user_id: string;
    }[])
      attendees.set(a.meeting_id, [...(attendees.get(a.meeting_id) ?? []), a.user_id]);
    return (this.sql.runsOf.all(boardId) as RunRow[]).map((row) =>
      toRun(row, attendees.get(row.meeting_id) ?? []),
    );
  }

  async putRun(boardId: string, run: MeetingRunState) {
    this.sql.upsertRun.run(...runParams(boardId, run));
  }

  async addAttendee(boardId: string, meetingId: string, userId: string, at: number) {
    return this.sql.insertAttendee.run(boardId, meetingId, userId, at).changes === 1;
  }

  async adoptRuns(boardId: string, runs: readonly AdoptedMeetingRun[], at: number) {
    return this.adoptAll(boardId, runs, at);
  }
}
