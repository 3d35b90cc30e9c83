/**
 * Accounts: users, workspaces, their members, and the invitations that make members. Invitations
 * live here because using one and adding the membership is one transaction (`create`,
 * `acceptInvite`).
 */
import type { AccessLevel, RoleKey } from '@orderlane/shared';

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

/** A new account: the user, possibly a new workspace, and the membership, written atomically. */
export interface NewAccount {
  user: UserRecord;
  workspace?: WorkspaceRecord;
  member: MemberRecord;
  /** When joining by invitation: marked used in the same transaction; fails if already used. */
  inviteTokenHash?: string;
}

export interface AccountStorage {
  /** Creates the account atomically. ConflictError on a taken email or a used invite. */
  create(account: NewAccount): Promise<void>;
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

  /** ConflictError if an invite with that token hash exists. */
  createInvite(invite: InviteRecord): Promise<void>;
  getInvite(tokenHash: string): Promise<InviteRecord | undefined>;
  /**
   * An existing account accepts an invitation, atomically: the invite is marked used
   * (ConflictError if it already was) and the membership is added, unless the user is already a
   * member there, whose role and access then stay as they are. Returns the membership.
   */
  acceptInvite(inviteTokenHash: string, member: MemberRecord): Promise<MemberRecord>;
}
