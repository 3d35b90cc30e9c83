/**
 * Meeting runs on SQLite (SqliteStorage delegates here through SqliteMeetings): tables
 * `meeting_runs`, `meeting_attendees`, `meeting_run_adoptions` (migrations).
 */
import type Database from 'better-sqlite3';
import type { MeetingClockState, MeetingRun, MeetingStatus } from '@orderlane/shared';
import type { AdoptedMeetingRun, MeetingRunState } from './MeetingStorage';

interface RunRow {
  meeting_id: string;
  status: MeetingStatus;
  facilitator_id: string | null;
  started_at: number | null;
  ended_at: number | null;
  clock_json: string | null;
}

export class SqliteMeetingRuns {
  private readonly one: Database.Statement;
  private readonly list: Database.Statement;
  private readonly upsert: Database.Statement;
  private readonly insertIfNew: Database.Statement;
  private readonly attendee: Database.Statement;
  private readonly attendeesOf: Database.Statement;
  private readonly attendeesOfSeries: Database.Statement;
  private readonly adopted: Database.Statement;
  private readonly markAdopted: Database.Statement;
  private readonly adoptAll: (
    boardId: string,
    runs: readonly AdoptedMeetingRun[],
    at: number,
  ) => boolean;

  constructor(db: Database.Database) {
    this.one = db.prepare('SELECT * FROM meeting_runs WHERE board_id = ? AND meeting_id = ?');
    this.list = db.prepare('SELECT * FROM meeting_runs WHERE board_id = ?');
    const columns = `(board_id, meeting_id, status, facilitator_id, started_at, ended_at, clock_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`;
    this.upsert = db.prepare(`INSERT OR REPLACE INTO meeting_runs ${columns}`);
    this.insertIfNew = db.prepare(`INSERT OR IGNORE INTO meeting_runs ${columns}`);
    this.attendee = db.prepare(
      `INSERT OR IGNORE INTO meeting_attendees (board_id, meeting_id, user_id, joined_at)
       VALUES (?, ?, ?, ?)`,
    );
    this.attendeesOf = db.prepare(
      `SELECT user_id FROM meeting_attendees WHERE board_id = ? AND meeting_id = ?
       ORDER BY joined_at, user_id`,
    );
    this.attendeesOfSeries = db.prepare(
      `SELECT meeting_id, user_id FROM meeting_attendees WHERE board_id = ?
       ORDER BY joined_at, user_id`,
    );
    this.adopted = db.prepare('SELECT 1 FROM meeting_run_adoptions WHERE board_id = ?');
    this.markAdopted = db.prepare(
      'INSERT INTO meeting_run_adoptions (board_id, adopted_at) VALUES (?, ?)',
    );
    this.adoptAll = db.transaction(
      (boardId: string, runs: readonly AdoptedMeetingRun[], at: number) => {
        if (this.adopted.get(boardId)) return false;
        for (const run of runs) {
          if (this.insertIfNew.run(...this.params(boardId, run)).changes === 0) continue;
          for (const a of run.attendees) this.attendee.run(boardId, run.meetingId, a.userId, a.at);
        }
        this.markAdopted.run(boardId, at);
        return true;
      },
    );
  }

  private params(boardId: string, run: MeetingRunState) {
    return [
      boardId,
      run.meetingId,
      run.status,
      run.facilitatorId,
      run.startedAt,
      run.endedAt,
      run.clock ? JSON.stringify(run.clock) : null,
    ] as const;
  }

  private static toRun(row: RunRow, attendeeIds: string[]): MeetingRun {
    return {
      meetingId: row.meeting_id,
      status: row.status,
      facilitatorId: row.facilitator_id,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      attendeeIds,
      clock: row.clock_json ? (JSON.parse(row.clock_json) as MeetingClockState) : null,
    };
  }

  get(boardId: string, meetingId: string): MeetingRun | undefined {
    const row = this.one.get(boardId, meetingId) as RunRow | undefined;
    if (!row) return undefined;
    const attendees = this.attendeesOf.all(boardId, meetingId) as { user_id: string }[];
    return SqliteMeetingRuns.toRun(
      row,
      attendees.map((a) => a.user_id),
    );
  }

  listOf(boardId: string): MeetingRun[] {
    const attendees = new Map<string, string[]>();
    for (const a of this.attendeesOfSeries.all(boardId) as {
      meeting_id: string;
      user_id: string;
    }[])
      attendees.set(a.meeting_id, [...(attendees.get(a.meeting_id) ?? []), a.user_id]);
    return (this.list.all(boardId) as RunRow[]).map((row) =>
      SqliteMeetingRuns.toRun(row, attendees.get(row.meeting_id) ?? []),
    );
  }

  put(boardId: string, run: MeetingRunState): void {
    this.upsert.run(...this.params(boardId, run));
  }

  addAttendee(boardId: string, meetingId: string, userId: string, at: number): boolean {
    return this.attendee.run(boardId, meetingId, userId, at).changes === 1;
  }

  adopt(boardId: string, runs: readonly AdoptedMeetingRun[], at: number): boolean {
    return this.adoptAll(boardId, runs, at);
  }
}
