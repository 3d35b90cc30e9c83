/** AccountStorage in memory (MemoryStorage's `accounts`): same contract as SQLite. */
import type {
  AccountStorage,
  InviteRecord,
  MemberRecord,
  MemberWithUser,
  NewAccount,
  UserRecord,
  WorkspaceRecord,
} from './AccountStorage';
import { ConflictError } from './ConflictError';

const copy = <T extends object>(value: T): T => structuredClone(value);
const memberKey = (workspaceId: string, userId: string) => `${workspaceId}\u0000${userId}`;

export class MemoryAccounts implements AccountStorage {
  private users = new Map<string, UserRecord>();
  private workspaces = new Map<string, WorkspaceRecord>();
  private members = new Map<string, MemberRecord>();
  private invites = new Map<string, InviteRecord>();

  async create(account: NewAccount): Promise<void> {
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

  async createInvite(invite: InviteRecord) {
    if (this.invites.has(invite.tokenHash)) throw new ConflictError('invite exists');
    this.invites.set(invite.tokenHash, copy(invite));
  }

  async getInvite(tokenHash: string) {
    const invite = this.invites.get(tokenHash);
    return invite && copy(invite);
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
}
