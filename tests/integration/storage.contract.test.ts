/**
 * The storage contract (accounts, sessions, boards, documents): one suite, run against every
 * Storage implementation listed in tests/support/storages.ts.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, type BoardRecord, type NewAccount } from '@orderlane/server';
import { STORAGES, storagePerTest, type StorageUnderTest } from '../support/storages';

const T0 = 1_700_000_000_000;
let ids = 0;
const id = (prefix: string) => `${prefix}${++ids}`;

function account(
  email: string,
  options: { workspaceId?: string; invite?: string; joinedAt?: number } = {},
): NewAccount {
  const userId = id('u');
  const workspaceId = options.workspaceId ?? id('w');
  return {
    user: {
      id: userId,
      name: `Name ${userId}`,
      email,
      passwordHash: 'scrypt$1$1$1$a$b',
      createdAt: T0,
    },
    ...(options.workspaceId ? {} : { workspace: { id: workspaceId, name: 'WS', createdAt: T0 } }),
    member: {
      workspaceId,
      userId,
      role: options.workspaceId ? 'sales' : 'manager',
      access: options.workspaceId ? 'member' : 'admin',
      joinedAt: options.joinedAt ?? T0,
    },
    ...(options.invite ? { inviteTokenHash: options.invite } : {}),
  };
}

function board(workspaceId: string, overrides: Partial<BoardRecord> = {}): BoardRecord {
  return {
    id: id('b'),
    workspaceId,
    title: 'Orders',
    kind: 'orders',
    cadence: null,
    sourceBoardIds: [],
    archived: false,
    createdBy: 'someone',
    createdAt: T0 + ids,
    updatedAt: T0 + ids,
    ...overrides,
  };
}

const u8 = (...values: number[]) => new Uint8Array(values);

function storageContract(factory: StorageUnderTest) {
  describe(`Storage contract: ${factory.name}`, () => {
    const { storage, reopenStorage } = storagePerTest(factory);

    it('creates an account with its workspace and membership', async () => {
      const a = account('ann@example.test');
      await storage.accounts.create(a);
      expect(await storage.accounts.getUser(a.user.id)).toEqual(a.user);
      expect(await storage.accounts.getUserByEmail('ann@example.test')).toEqual(a.user);
      expect(await storage.accounts.getUserByEmail('nobody@example.test')).toBeUndefined();
      expect(await storage.accounts.getWorkspace(a.member.workspaceId)).toEqual(a.workspace);
      expect(await storage.accounts.getMember(a.member.workspaceId, a.user.id)).toEqual(a.member);
      expect(await storage.accounts.getMembershipOfUser(a.user.id)).toEqual(a.member);
      expect(await storage.accounts.getMembershipOfUser('nobody')).toBeUndefined();
    });

    it('refuses a taken email and writes nothing of the second account', async () => {
      await storage.accounts.create(account('dup@example.test'));
      const second = account('dup@example.test');
      await expect(storage.accounts.create(second)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.accounts.getUser(second.user.id)).toBeUndefined();
      expect(await storage.accounts.getWorkspace(second.member.workspaceId)).toBeUndefined();
    });

    it('joins by invitation once: a reused invite is a conflict', async () => {
      const admin = account('admin@example.test');
      await storage.accounts.create(admin);
      const ws = admin.member.workspaceId;
      const invite = {
        tokenHash: 'hash-1',
        workspaceId: ws,
        email: 'new@example.test',
        role: 'qc' as const,
        access: 'viewer' as const,
        createdBy: admin.user.id,
        createdAt: T0,
        expiresAt: T0 + 1000,
        usedAt: null,
      };
      await storage.accounts.createInvite(invite);
      await expect(storage.accounts.createInvite(invite)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.accounts.getInvite('hash-1')).toEqual(invite);
      expect(await storage.accounts.getInvite('nope')).toBeUndefined();

      const joiner = account('new@example.test', {
        workspaceId: ws,
        invite: 'hash-1',
        joinedAt: T0 + 5,
      });
      await storage.accounts.create(joiner);
      expect((await storage.accounts.getInvite('hash-1'))?.usedAt).toBe(T0 + 5);
      expect(await storage.accounts.getMembershipOfUser(joiner.user.id)).toEqual(joiner.member);

      const again = account('other@example.test', { workspaceId: ws, invite: 'hash-1' });
      await expect(storage.accounts.create(again)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.accounts.getUser(again.user.id)).toBeUndefined();
      const unknown = account('third@example.test', { workspaceId: ws, invite: 'never-issued' });
      await expect(storage.accounts.create(unknown)).rejects.toBeInstanceOf(ConflictError);
    });

    it('lets an existing account accept an invitation once, keeping its first workspace', async () => {
      const admin = account('boss@example.test');
      const existing = account('known@example.test');
      await storage.accounts.create(admin);
      await storage.accounts.create(existing);
      const ws = admin.member.workspaceId;
      const invite = (tokenHash: string) => ({
        tokenHash,
        workspaceId: ws,
        email: 'known@example.test',
        role: 'finance' as const,
        access: 'member' as const,
        createdBy: admin.user.id,
        createdAt: T0,
        expiresAt: T0 + 1000,
        usedAt: null,
      });
      await storage.accounts.createInvite(invite('join-1'));
      await storage.accounts.createInvite(invite('join-2'));
      const member = {
        workspaceId: ws,
        userId: existing.user.id,
        role: 'finance' as const,
        access: 'member' as const,
        joinedAt: T0 + 7,
      };
      expect(await storage.accounts.acceptInvite('join-1', member)).toEqual(member);
      expect(await storage.accounts.getMember(ws, existing.user.id)).toEqual(member);
      expect((await storage.accounts.getInvite('join-1'))?.usedAt).toBe(T0 + 7);
      expect(await storage.accounts.getMembershipOfUser(existing.user.id)).toEqual(existing.member);
      await expect(storage.accounts.acceptInvite('join-1', member)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(storage.accounts.acceptInvite('never-issued', member)).rejects.toBeInstanceOf(
        ConflictError,
      );
      // A second invitation for a present member: used up, the membership stays as it is.
      const promoted = { ...member, access: 'admin' as const, joinedAt: T0 + 9 };
      expect(await storage.accounts.acceptInvite('join-2', promoted)).toEqual(member);
      expect(await storage.accounts.getMember(ws, existing.user.id)).toEqual(member);
    });

    it('lists and updates members in join order', async () => {
      const admin = account('a1@example.test');
      await storage.accounts.create(admin);
      const ws = admin.member.workspaceId;
      const other = account('a2@example.test', { workspaceId: ws, joinedAt: T0 + 10 });
      await storage.accounts.create(other);
      await storage.accounts.create(account('elsewhere@example.test'));

      const members = await storage.accounts.listMembers(ws);
      expect(members.map((m) => m.email)).toEqual(['a1@example.test', 'a2@example.test']);
      expect(members[1]).toMatchObject({
        userId: other.user.id,
        name: other.user.name,
        role: 'sales',
      });

      const updated = await storage.accounts.updateMember(ws, other.user.id, { access: 'admin' });
      expect(updated).toMatchObject({ access: 'admin', role: 'sales' });
      expect(
        await storage.accounts.updateMember(ws, other.user.id, { role: 'finance' }),
      ).toMatchObject({
        access: 'admin',
        role: 'finance',
      });
      expect(await storage.accounts.getMember(ws, other.user.id)).toMatchObject({
        access: 'admin',
        role: 'finance',
      });
      expect(await storage.accounts.updateMember(ws, 'nobody', { role: 'qc' })).toBeUndefined();
    });

    it('stores sessions, deletes one, and expires old ones', async () => {
      const a = account('s@example.test');
      await storage.accounts.create(a);
      const base = { userId: a.user.id, workspaceId: a.member.workspaceId, createdAt: T0 };
      await storage.sessions.create({ ...base, tokenHash: 'old', expiresAt: T0 + 10 });
      await storage.sessions.create({ ...base, tokenHash: 'live', expiresAt: T0 + 1000 });
      await storage.sessions.create({ ...base, tokenHash: 'gone', expiresAt: T0 + 1000 });
      expect(await storage.sessions.get('live')).toEqual({
        ...base,
        tokenHash: 'live',
        expiresAt: T0 + 1000,
      });
      await storage.sessions.delete('gone');
      expect(await storage.sessions.get('gone')).toBeUndefined();
      expect(await storage.sessions.deleteExpired(T0 + 10)).toBe(1);
      expect(await storage.sessions.get('old')).toBeUndefined();
      expect(await storage.sessions.get('live')).toBeDefined();
    });

    it('creates, lists, updates boards per workspace', async () => {
      const a = account('b@example.test');
      const b = account('c@example.test');
      await storage.accounts.create(a);
      await storage.accounts.create(b);
      const first = board(a.member.workspaceId);
      const meeting = board(a.member.workspaceId, {
        kind: 'meeting',
        cadence: 'weekly',
        sourceBoardIds: [first.id],
      });
      const foreign = board(b.member.workspaceId);
      await storage.boards.create(first, u8(1, 2, 3));
      await storage.boards.create(meeting, u8(4));
      await storage.boards.create(foreign, u8(5));
      await expect(storage.boards.create(first, u8(9))).rejects.toBeInstanceOf(ConflictError);

      expect(await storage.boards.get(meeting.id)).toEqual(meeting);
      expect(await storage.boards.get('nope')).toBeUndefined();
      expect((await storage.boards.list(a.member.workspaceId)).map((x) => x.id)).toEqual([
        first.id,
        meeting.id,
      ]);
      expect(await storage.boards.list('nope')).toEqual([]);

      const renamed = await storage.boards.update(first.id, {
        title: 'Renamed',
        updatedAt: T0 + 99,
      });
      expect(renamed).toEqual({ ...first, title: 'Renamed', updatedAt: T0 + 99 });
      const archived = await storage.boards.update(first.id, { archived: true });
      expect(archived).toEqual({ ...first, title: 'Renamed', updatedAt: T0 + 99, archived: true });
      expect(await storage.boards.get(first.id)).toEqual(archived);
      expect(await storage.boards.update('nope', { title: 'x' })).toBeUndefined();
      // The failed duplicate create did not replace the document.
      expect((await storage.documents.load(first.id)).snapshot).toEqual(u8(1, 2, 3));
    });

    it('keeps a document as snapshot plus ordered updates, and compacts only up to seq', async () => {
      const a = account('d@example.test');
      await storage.accounts.create(a);
      const b = board(a.member.workspaceId);
      await storage.boards.create(b, u8(7, 7));
      expect(await storage.documents.load(b.id)).toEqual({
        snapshot: u8(7, 7),
        updates: [],
        writers: [],
        lastSeq: 0,
      });

      // Each append answers the seq of its last row, so a room knows exactly what it holds.
      expect(await storage.documents.append(b.id, [u8(1), u8(2)])).toBe(2);
      expect(await storage.documents.append(b.id, [])).toBe(2);
      expect(await storage.documents.append(b.id, [u8(3)])).toBe(3);
      expect(await storage.documents.load(b.id)).toEqual({
        snapshot: u8(7, 7),
        updates: [u8(1), u8(2), u8(3)],
        writers: [],
        lastSeq: 3,
      });

      await storage.documents.compact(b.id, u8(8, 8), 2);
      expect(await storage.documents.load(b.id)).toEqual({
        snapshot: u8(8, 8),
        updates: [u8(3)],
        writers: [],
        lastSeq: 3,
      });

      // Sequence numbers keep counting after compaction.
      expect(await storage.documents.append(b.id, [u8(4)])).toBe(4);
      await storage.documents.compact(b.id, u8(9), 4);
      expect(await storage.documents.load(b.id)).toEqual({
        snapshot: u8(9),
        updates: [],
        writers: [],
        lastSeq: 4,
      });
      expect(await storage.documents.append(b.id, [])).toBe(4);

      await storage.documents.append(b.id, [u8(5)]);
      expect(await storage.documents.load(b.id)).toEqual({
        snapshot: u8(9),
        updates: [u8(5)],
        writers: [],
        lastSeq: 5,
      });

      // The writers of client ids go with their updates; the first writer of an id keeps it.
      expect(
        await storage.documents.append(b.id, [u8(6)], [{ clientId: 4_294_967_295, userId: 'u-1' }]),
      ).toBe(6);
      await storage.documents.append(
        b.id,
        [u8(7)],
        [
          { clientId: 4_294_967_295, userId: 'u-2' },
          { clientId: 7, userId: 'u-2' },
        ],
      );
      await storage.documents.compact(b.id, u8(9), 7);
      expect((await storage.documents.load(b.id)).writers).toEqual(
        expect.arrayContaining([
          { clientId: 4_294_967_295, userId: 'u-1' },
          { clientId: 7, userId: 'u-2' },
        ]),
      );
      expect((await storage.documents.load(b.id)).writers).toHaveLength(2);

      expect(await storage.documents.load('unknown-board')).toEqual({
        snapshot: null,
        updates: [],
        writers: [],
        lastSeq: 0,
      });
    });

    it('hands out copies: mutating a returned record changes nothing stored', async () => {
      const a = account('e@example.test');
      await storage.accounts.create(a);
      const b = board(a.member.workspaceId);
      await storage.boards.create(b, u8(1));
      const update = u8(42);
      await storage.documents.append(b.id, [update]);
      update[0] = 0;
      const loaded = await storage.boards.get(b.id);
      loaded!.title = 'mutated';
      loaded!.sourceBoardIds.push('x');
      const doc = await storage.documents.load(b.id);
      doc.updates[0]![0] = 0;
      expect(await storage.boards.get(b.id)).toEqual(b);
      expect((await storage.documents.load(b.id)).updates).toEqual([u8(42)]);
    });

    if (factory.reopen) {
      it('keeps everything across close and reopen', async () => {
        const a = account('f@example.test');
        await storage.accounts.create(a);
        const ws = a.member.workspaceId;
        await storage.sessions.create({
          tokenHash: 'sess',
          userId: a.user.id,
          workspaceId: ws,
          createdAt: T0,
          expiresAt: T0 + 10,
        });
        const b = board(ws);
        await storage.boards.create(b, u8(1));
        await storage.documents.append(b.id, [u8(2), u8(3), u8(4)]);
        await storage.documents.compact(b.id, u8(5), 1);
        await storage.close();

        await reopenStorage();
        expect(await storage.accounts.getUserByEmail('f@example.test')).toEqual(a.user);
        expect(await storage.accounts.getMember(ws, a.user.id)).toEqual(a.member);
        expect(await storage.sessions.get('sess')).toBeDefined();
        expect(await storage.boards.get(b.id)).toEqual(b);
        expect(await storage.documents.load(b.id)).toEqual({
          snapshot: u8(5),
          updates: [u8(3), u8(4)],
          writers: [],
          lastSeq: 3,
        });
        expect(await storage.documents.append(b.id, [u8(6)])).toBe(4);
        expect((await storage.documents.load(b.id)).lastSeq).toBe(4);
      });
    }
  });
}

for (const implementation of STORAGES) storageContract(implementation);
