/**
 * Storage: everything Orderlane keeps, behind one interface. SQLite is the embedded default,
 * MemoryStorage serves fast tests, Postgres comes later; one contract suite
 * (tests/integration/storage.contract.test.ts) runs against every implementation.
 *
 * Every method is async so that a networked database fits the same interface.
 */
import type { AccessLevel, BoardKind, MeetingCadence, RoleKey } from '@orderlane/shared';
import type { MeetingStorage } from './MeetingStorage';
import type { CardActivityStorage } from './CardActivityStorage';

export interface UserRecord {
  id: string;
  name: string;
  /** Lower-cased. Unique. */
  email: string;
  /** A self-describing KDF string, e.g. `scrypt$N$r$p$salt$hash`. */
  passwordHash: string;
  createdAt: number;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: number;
}

export interface MemberRecord {
  workspaceId: string;
  userId: string;
  role: RoleKey;
  access: AccessLevel;
  joinedAt: number;
}

export interface MemberWithUser extends MemberRecord {
  name: string;
  email: string;
}

export interface SessionRecord {
  /** sha256 of the cookie token: a leaked database does not leak live sessions. */
  tokenHash: string;
  userId: string;
  workspaceId: string;
  createdAt: number;
  expiresAt: number;
}

export interface InviteRecord {
  tokenHash: string;
  workspaceId: string;
  email: string;
  role: RoleKey;
  access: AccessLevel;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export interface BoardRecord {
  id: string;
  workspaceId: string;
  title: string;
  kind: BoardKind;
  cadence: MeetingCadence | null;
  sourceBoardIds: string[];
  archived: boolean;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * Who writes under one Yjs client id of a board (see rooms/ClientIdOwners.ts). Stored with the
 * updates, so the binding outlives the room: the first writer of an id keeps it.
 */
export interface ClientWriter {
  clientId: number;
  userId: string;
}

/** A board document as stored: the latest snapshot plus the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** The writers of its client ids. */
  writers: ClientWriter[];
  /** Sequence number of the last stored update (0 when none): compaction covers up to it. */
  lastSeq: number;
}

/** A new account: the user, possibly a new workspace, and the membership, written atomically. */
export interface NewAccount {
  user: UserRecord;
  workspace?: WorkspaceRecord;
  member: MemberRecord;
  /** When joining by invitation: marked used in the same transaction; fails if already used. */
  inviteTokenHash?: string;
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export interface Storage extends MeetingStorage {
  /** Comments, card history, follows and notifications (CardActivityStorage.ts). */
  readonly activity: CardActivityStorage;
  /** Creates the account atomically. ConflictError on a taken email or a used invite. */
  createAccount(account: NewAccount): Promise<void>;
  getUser(id: string): Promise<UserRecord | undefined>;
  getUserByEmail(email: string): Promise<UserRecord | undefined>;
  /** Replaces a user's password hash (a rehash with stronger parameters, a new password). */
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;

  getMember(workspaceId: string, userId: string): Promise<MemberRecord | undefined>;
  /**
   * The workspace a sign-in without an invitation opens: the first one the user joined. An
   * account may belong to several (by invitation); there is no switcher yet.
   */
  getMembershipOfUser(userId: string): Promise<MemberRecord | undefined>;
  listMembers(workspaceId: string): Promise<MemberWithUser[]>;
  updateMember(
    workspaceId: string,
    userId: string,
    patch: { role?: RoleKey; access?: AccessLevel },
  ): Promise<MemberRecord | undefined>;

  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: number): Promise<number>;

  createInvite(invite: InviteRecord): Promise<void>;
  /**
   * An existing account accepts an invitation, atomically: the invite is marked used
   * (ConflictError if it already was) and the membership is added, unless the user is already a
   * member there, whose role and access then stay as they are. Returns the membership.
   */
  acceptInvite(inviteTokenHash: string, member: MemberRecord): Promise<MemberRecord>;
  getInvite(tokenHash: string): Promise<InviteRecord | undefined>;

  /** Creates the board row and its initial document (one snapshot) atomically. */
  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  listBoards(workspaceId: string): Promise<BoardRecord[]>;
  updateBoard(
    id: string,
    patch: Partial<Pick<BoardRecord, 'title' | 'archived' | 'updatedAt'>>,
  ): Promise<BoardRecord | undefined>;

  /**
   * Appends Yjs updates to a board's log, durably (fsync'd) by the time the promise resolves.
   * Called once per tick with everything that arrived in it (group commit). Each update takes the
   * next sequence number; resolves to the last one written (the log's last seq when `updates` is
   * empty), so a room knows exactly which rows its document holds. `writers` are stored in the
   * same transaction; an id that already has a writer keeps it.
   */
  appendUpdates(boardId: string, updates: Uint8Array[], writers?: ClientWriter[]): Promise<number>;
  loadDocument(boardId: string): Promise<StoredDocument>;
  /** Replaces the snapshot and drops the updates with seq <= upToSeq, atomically. */
  compactDocument(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

  /** Flushes and closes. */
  close(): Promise<void>;
}
