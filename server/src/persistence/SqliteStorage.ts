/**
 * The embedded default storage: SQLite through better-sqlite3 (WAL, synchronous=FULL, foreign
 * keys). Every write is one transaction; `appendUpdates` commits a whole batch at once, so one
 * fsync covers everything that arrived in a tick (group commit).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AccessLevel, RoleKey } from '@orderlane/shared';
import {
  ConflictError,
  type BoardRecord,
  type ClientWriter,
  type InviteRecord,
  type MemberRecord,
  type MemberWithUser,
  type NewAccount,
  type SessionRecord,
  type Storage,
  type StoredDocument,
} from './Storage';
import { SqliteCardActivity } from './sqliteCardActivity';
import { SQLITE_MIGRATIONS } from './sqliteMigrations';
import type { AdoptedMeetingRun, MeetingMinutesRecord, MeetingRunState } from './MeetingStorage';
import { SqliteMeetings } from './sqliteMeetings';
import {
  bytes,
  toBoard,
  toInvite,
  toMember,
  toSession,
  toUser,
  toWorkspace,
  type Row,
} from './sqliteRows';
import { sqliteStatements, type Statements } from './sqliteStatements';

export const SQLITE_FILE = 'orderlane.sqlite';

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly sql: Statements;
  private readonly meetings: SqliteMeetings;
  readonly activity: SqliteCardActivity;
  private closed = false;

  /** Opens (creating if needed) the database in `dir`, a data directory. */
  static open(dir: string): SqliteStorage {
    mkdirSync(dir, { recursive: true });
    return new SqliteStorage(path.join(dir, SQLITE_FILE));
  }

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk when it returns, so an acknowledged Yjs update survives a crash.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.sql = sqliteStatements(this.db);
    this.meetings = new SqliteMeetings(this.db);
    this.activity = new SqliteCardActivity(this.db);
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT version FROM schema_version').get() as Row | undefined;
    let version = (row?.version as number | undefined) ?? 0;
    if (!row) this.db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
    if (version > SQLITE_MIGRATIONS.length) {
      throw new Error(
        `database schema v${version} is newer than this Orderlane (v${SQLITE_MIGRATIONS.length})`,
      );
    }
    const step = this.db.transaction((sql: string, next: number) => {
      this.db.exec(sql);
      this.db.prepare('UPDATE schema_version SET version = ?').run(next);
    });
    while (version < SQLITE_MIGRATIONS.length) {
      step(SQLITE_MIGRATIONS[version]!, version + 1);
      version++;
    }
  }

  async createAccount(account: NewAccount): Promise<void> {
    this.db.transaction(() => {
      const { user, workspace, member, inviteTokenHash } = account;
      if (this.sql.userByEmail.get(user.email)) throw new ConflictError('email already registered');
      if (inviteTokenHash !== undefined) {
        const used = this.sql.useInvite.run(member.joinedAt, inviteTokenHash);
        if (used.changes !== 1) throw new ConflictError('invite already used');
      }
      this.sql.insertUser.run(user.id, user.name, user.email, user.passwordHash, user.createdAt);
      if (workspace)
        this.sql.insertWorkspace.run(workspace.id, workspace.name, workspace.createdAt);
      this.sql.insertMember.run(
        member.workspaceId,
        member.userId,
        member.role,
        member.access,
        member.joinedAt,
      );
    })();
  }

  async acceptInvite(inviteTokenHash: string, member: MemberRecord) {
    return this.db.transaction(() => {
      const used = this.sql.useInvite.run(member.joinedAt, inviteTokenHash);
      if (used.changes !== 1) throw new ConflictError('invite already used');
      const existing = this.sql.member.get(member.workspaceId, member.userId) as Row | undefined;
      if (existing) return toMember(existing);
      const { workspaceId, userId, role, access, joinedAt } = member;
      this.sql.insertMember.run(workspaceId, userId, role, access, joinedAt);
      return member;
    })();
  }

  async getUser(id: string) {
    const row = this.sql.userById.get(id) as Row | undefined;
    return row && toUser(row);
  }

  async getUserByEmail(email: string) {
    const row = this.sql.userByEmail.get(email) as Row | undefined;
    return row && toUser(row);
  }

  async setPasswordHash(userId: string, passwordHash: string) {
    this.sql.setPasswordHash.run(passwordHash, userId);
  }

  async getWorkspace(id: string) {
    const row = this.sql.workspaceById.get(id) as Row | undefined;
    return row && toWorkspace(row);
  }

  async getMember(workspaceId: string, userId: string) {
    const row = this.sql.member.get(workspaceId, userId) as Row | undefined;
    return row && toMember(row);
  }

  async getMembershipOfUser(userId: string) {
    const row = this.sql.firstMembership.get(userId) as Row | undefined;
    return row && toMember(row);
  }

  async listMembers(workspaceId: string): Promise<MemberWithUser[]> {
    return (this.sql.membersOf.all(workspaceId) as Row[]).map((r) => ({
      ...toMember(r),
      name: r.name as string,
      email: r.email as string,
    }));
  }

  async updateMember(
    workspaceId: string,
    userId: string,
    patch: { role?: RoleKey; access?: AccessLevel },
  ) {
    return this.db.transaction(() => {
      const row = this.sql.member.get(workspaceId, userId) as Row | undefined;
      if (!row) return undefined;
      const member = { ...toMember(row), ...definedOnly(patch) };
      this.sql.updateMember.run(member.role, member.access, workspaceId, userId);
      return member;
    })();
  }

  async createSession(session: SessionRecord) {
    const s = session;
    this.sql.insertSession.run(s.tokenHash, s.userId, s.workspaceId, s.createdAt, s.expiresAt);
  }

  async getSession(tokenHash: string) {
    const row = this.sql.sessionByHash.get(tokenHash) as Row | undefined;
    return row && toSession(row);
  }

  async deleteSession(tokenHash: string) {
    this.sql.deleteSession.run(tokenHash);
  }

  async deleteExpiredSessions(now: number) {
    return this.sql.deleteExpiredSessions.run(now).changes;
  }

  async createInvite(invite: InviteRecord) {
    const i = invite;
    try {
      this.sql.insertInvite.run(
        i.tokenHash,
        i.workspaceId,
        i.email,
        i.role,
        i.access,
        i.createdBy,
        i.createdAt,
        i.expiresAt,
        i.usedAt,
      );
    } catch (error) {
      throw asConflict(error, 'invite exists');
    }
  }

  async getInvite(tokenHash: string) {
    const row = this.sql.inviteByHash.get(tokenHash) as Row | undefined;
    return row && toInvite(row);
  }

  async createBoard(board: BoardRecord, initialState: Uint8Array) {
    const b = board;
    try {
      this.db.transaction(() => {
        this.sql.insertBoard.run(
          b.id,
          b.workspaceId,
          b.title,
          b.kind,
          b.cadence,
          JSON.stringify(b.sourceBoardIds),
          b.archived ? 1 : 0,
          b.createdBy,
          b.createdAt,
          b.updatedAt,
        );
        this.sql.upsertSnapshot.run(b.id, initialState, 0);
      })();
    } catch (error) {
      throw asConflict(error, 'board exists');
    }
  }

  async getBoard(id: string) {
    const row = this.sql.boardById.get(id) as Row | undefined;
    return row && toBoard(row);
  }

  async listBoards(workspaceId: string) {
    return (this.sql.boardsOf.all(workspaceId) as Row[]).map(toBoard);
  }

  async updateBoard(
    id: string,
    patch: Partial<Pick<BoardRecord, 'title' | 'archived' | 'updatedAt'>>,
  ) {
    return this.db.transaction(() => {
      const row = this.sql.boardById.get(id) as Row | undefined;
      if (!row) return undefined;
      const board = { ...toBoard(row), ...definedOnly(patch) };
      this.sql.updateBoard.run(board.title, board.archived ? 1 : 0, board.updatedAt, id);
      return board;
    })();
  }

  private lastSeq(boardId: string): number {
    const row = this.sql.lastSeq.get(boardId, boardId) as Row;
    return row.seq as number;
  }

  async appendUpdates(boardId: string, updates: Uint8Array[], writers: ClientWriter[] = []) {
    return this.db.transaction(() => {
      for (const w of writers) this.sql.insertClientWriter.run(boardId, w.clientId, w.userId);
      let seq = this.lastSeq(boardId);
      for (const update of updates) this.sql.insertUpdate.run(boardId, ++seq, update);
      return seq;
    })();
  }

  async loadDocument(boardId: string): Promise<StoredDocument> {
    return this.db.transaction(() => {
      const snapshot = this.sql.snapshotOf.get(boardId) as Row | undefined;
      const updates = this.sql.updatesOf.all(boardId) as Row[];
      return {
        snapshot: snapshot?.data ? bytes(snapshot.data) : null,
        updates: updates.map((u) => bytes(u.data)),
        writers: (this.sql.clientWritersOf.all(boardId) as Row[]).map((w) => ({
          clientId: Number(w.client_id),
          userId: w.user_id as string,
        })),
        lastSeq: this.lastSeq(boardId),
      };
    })();
  }

  async compactDocument(boardId: string, snapshot: Uint8Array, upToSeq: number) {
    this.db.transaction(() => {
      this.sql.upsertSnapshot.run(boardId, snapshot, upToSeq);
      this.sql.deleteUpdatesUpTo.run(boardId, upToSeq);
    })();
  }

  /** How many boards exist in any workspace: 0 means a fresh data directory. */
  boardCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM boards').get() as Row).n as number;
  }

  // Meeting minutes (issue 5): see sqliteMeetings.ts.
  freezeMinutes(record: MeetingMinutesRecord) {
    return this.meetings.freezeMinutes(record);
  }
  getMinutes(boardId: string, meetingId: string) {
    return this.meetings.getMinutes(boardId, meetingId);
  }
  listMinutes(boardId: string) {
    return this.meetings.listMinutes(boardId);
  }
  // Meeting runs (issue 9): server-owned meeting state, see sqliteMeetingRuns.ts.
  getMeetingRun(boardId: string, meetingId: string) {
    return this.meetings.getMeetingRun(boardId, meetingId);
  }
  listMeetingRuns(boardId: string) {
    return this.meetings.listMeetingRuns(boardId);
  }
  putMeetingRun(boardId: string, run: MeetingRunState) {
    return this.meetings.putMeetingRun(boardId, run);
  }
  addMeetingAttendee(boardId: string, meetingId: string, userId: string, at: number) {
    return this.meetings.addMeetingAttendee(boardId, meetingId, userId, at);
  }
  adoptMeetingRuns(boardId: string, runs: readonly AdoptedMeetingRun[], at: number) {
    return this.meetings.adoptMeetingRuns(boardId, runs, at);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function asConflict(error: unknown, message: string): unknown {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
    ? new ConflictError(message)
    : error;
}
