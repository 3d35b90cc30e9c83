/** Storage in memory: for fast tests. Same contract as SQLite, nothing survives the process. */
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
  type UserRecord,
  type WorkspaceRecord,
} from './Storage';
import type { AdoptedMeetingRun, MeetingMinutesRecord, MeetingRunState } from './MeetingStorage';
import { MemoryMeetings } from './memoryMeetings';
import { MemoryCardActivity } from './memoryCardActivity';

interface DocumentLog {
  snapshot: Uint8Array | null;
  updates: { seq: number; data: Uint8Array }[];
  lastSeq: number;
  writers: Map<number, string>;
}

const copy = <T extends object>(value: T): T => structuredClone(value);

export class MemoryStorage implements Storage {
  readonly activity = new MemoryCardActivity();
  private users = new Map<string, UserRecord>();
  private workspaces = new Map<string, WorkspaceRecord>();
  private members = new Map<string, MemberRecord>();
  private sessions = new Map<string, SessionRecord>();
  private invites = new Map<string, InviteRecord>();
  private boards = new Map<string, BoardRecord>();
  private documents = new Map<string, DocumentLog>();
  private readonly meetings = new MemoryMeetings();

  async createAccount(account: NewAccount): Promise<void> {
    const email = account.user.email;
    if ([...this.users.values()].some((u) => u.email === email)) {
      throw new ConflictError('email already registered');
    }
    if (account.inviteTokenHash !== undefined) {
      const invite = this.invites.get(account.inviteTokenHash);
      if (!invite || invite.usedAt !== null) throw new ConflictError('invite already used');
      invite.usedAt = account.member.joinedAt;
    }
    this.users.set(account.user.id, copy(account.user));
    if (account.workspace) this.workspaces.set(account.workspace.id, copy(account.workspace));
    this.members.set(
      memberKey(account.member.workspaceId, account.member.userId),
      copy(account.member),
    );
  }

  async getUser(id: string) {
    const user = this.users.get(id);
    return user && copy(user);
  }

  async getUserByEmail(email: string) {
    const user = [...this.users.values()].find((u) => u.email === email);
    return user && copy(user);
  }

  async setPasswordHash(userId: string, passwordHash: string) {
    const user = this.users.get(userId);
    if (user) user.passwordHash = passwordHash;
  }

  async getWorkspace(id: string) {
    const workspace = this.workspaces.get(id);
    return workspace && copy(workspace);
  }

  async getMember(workspaceId: string, userId: string) {
    const member = this.members.get(memberKey(workspaceId, userId));
    return member && copy(member);
  }

  async getMembershipOfUser(userId: string) {
    const member = [...this.members.values()]
      .filter((m) => m.userId === userId)
      .sort((a, b) => a.joinedAt - b.joinedAt)[0];
    return member && copy(member);
  }

  async listMembers(workspaceId: string): Promise<MemberWithUser[]> {
    return [...this.members.values()]
      .filter((m) => m.workspaceId === workspaceId)
      .sort((a, b) => a.joinedAt - b.joinedAt)
      .map((m) => {
        const user = this.users.get(m.userId)!;
        return { ...copy(m), name: user.name, email: user.email };
      });
  }

  async updateMember(workspaceId: string, userId: string, patch: Partial<MemberRecord>) {
    const member = this.members.get(memberKey(workspaceId, userId));
    if (!member) return undefined;
    if (patch.role !== undefined) member.role = patch.role;
    if (patch.access !== undefined) member.access = patch.access;
    return copy(member);
  }

  async createSession(session: SessionRecord) {
    this.sessions.set(session.tokenHash, copy(session));
  }

  async getSession(tokenHash: string) {
    const session = this.sessions.get(tokenHash);
    return session && copy(session);
  }

  async deleteSession(tokenHash: string) {
    this.sessions.delete(tokenHash);
  }

  async deleteExpiredSessions(now: number) {
    let removed = 0;
    for (const [hash, session] of this.sessions) {
      if (session.expiresAt <= now) {
        this.sessions.delete(hash);
        removed++;
      }
    }
    return removed;
  }

  async createInvite(invite: InviteRecord) {
    if (this.invites.has(invite.tokenHash)) throw new ConflictError('invite exists');
    this.invites.set(invite.tokenHash, copy(invite));
  }

  async acceptInvite(inviteTokenHash: string, member: MemberRecord) {
    const invite = this.invites.get(inviteTokenHash);
    if (!invite || invite.usedAt !== null) throw new ConflictError('invite already used');
    invite.usedAt = member.joinedAt;
    const key = memberKey(member.workspaceId, member.userId);
    const existing = this.members.get(key);
    if (existing) return copy(existing);
    this.members.set(key, copy(member));
    return copy(member);
  }

  async getInvite(tokenHash: string) {
    const invite = this.invites.get(tokenHash);
    return invite && copy(invite);
  }

  async createBoard(board: BoardRecord, initialState: Uint8Array) {
    if (this.boards.has(board.id)) throw new ConflictError('board exists');
    this.boards.set(board.id, copy(board));
    this.documents.set(board.id, {
      snapshot: initialState.slice(),
      updates: [],
      lastSeq: 0,
      writers: new Map(),
    });
  }

  async getBoard(id: string) {
    const board = this.boards.get(id);
    return board && copy(board);
  }

  async listBoards(workspaceId: string) {
    return [...this.boards.values()]
      .filter((b) => b.workspaceId === workspaceId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map(copy);
  }

  async updateBoard(id: string, patch: Partial<BoardRecord>) {
    const board = this.boards.get(id);
    if (!board) return undefined;
    if (patch.title !== undefined) board.title = patch.title;
    if (patch.archived !== undefined) board.archived = patch.archived;
    if (patch.updatedAt !== undefined) board.updatedAt = patch.updatedAt;
    return copy(board);
  }

  private log(boardId: string): DocumentLog {
    let log = this.documents.get(boardId);
    if (!log) {
      log = { snapshot: null, updates: [], lastSeq: 0, writers: new Map() };
      this.documents.set(boardId, log);
    }
    return log;
  }

  async appendUpdates(boardId: string, updates: Uint8Array[], writers: ClientWriter[] = []) {
    const log = this.log(boardId);
    for (const w of writers)
      if (!log.writers.has(w.clientId)) log.writers.set(w.clientId, w.userId);
    for (const data of updates) log.updates.push({ seq: ++log.lastSeq, data: data.slice() });
    return log.lastSeq;
  }

  async loadDocument(boardId: string): Promise<StoredDocument> {
    const log = this.log(boardId);
    return {
      snapshot: log.snapshot && log.snapshot.slice(),
      updates: log.updates.map((u) => u.data.slice()),
      writers: [...log.writers].map(([clientId, userId]) => ({ clientId, userId })),
      lastSeq: log.lastSeq,
    };
  }

  async compactDocument(boardId: string, snapshot: Uint8Array, upToSeq: number) {
    const log = this.log(boardId);
    log.snapshot = snapshot.slice();
    log.updates = log.updates.filter((u) => u.seq > upToSeq);
  }

  // Meeting minutes (issue 5): see memoryMeetings.ts.
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

  async close() {}
}

function memberKey(workspaceId: string, userId: string) {
  return `${workspaceId}\u0000${userId}`;
}
