/** AccountStorage on SQLite (SqliteStorage's `accounts`): users, workspaces, members, invites. */
import type Database from 'better-sqlite3';
import type { AccessLevel, RoleKey } from '@orderlane/shared';
import type {
  AccountStorage,
  InviteRecord,
  MemberRecord,
  MemberWithUser,
  NewAccount,
} from './AccountStorage';
import { ConflictError } from './ConflictError';
import {
  asConflict,
  definedOnly,
  toInvite,
  toMember,
  toUser,
  toWorkspace,
  type Row,
} from './sqliteRows';
import type { Statements } from './sqliteStatements';

export class SqliteAccounts implements AccountStorage {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Statements,
  ) {}

  async create(account: NewAccount): Promise<void> {
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
}
