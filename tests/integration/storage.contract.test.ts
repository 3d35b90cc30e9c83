/**
 * The storage contract: one suite, run against every Storage implementation. A new
 * implementation (Postgres) adds one line at the bottom.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  MemoryStorage,
  SqliteStorage,
  type BoardRecord,
  type NewAccount,
  type Storage,
} from '@orderlane/server';
import { tempDir } from '../support/server';

interface StorageFactory {
  name: string;
  /** A fresh, empty storage. */
  open(): Storage;
  /** The same data opened again after close(), if the implementation persists. */
  reopen?: () => Storage;
  cleanup(): void;
}

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

function storageContract(factory: StorageFactory) {
  describe(`Storage contract: ${factory.name}`, () => {
    let storage: Storage;
    beforeEach(() => {
      storage = factory.open();
    });
    afterEach(async () => {
      await storage.close();
      factory.cleanup();
    });

    it('creates an account with its workspace and membership', async () => {
      const a = account('ann@example.test');
      await storage.createAccount(a);
      expect(await storage.getUser(a.user.id)).toEqual(a.user);
      expect(await storage.getUserByEmail('ann@example.test')).toEqual(a.user);
      expect(await storage.getUserByEmail('nobody@example.test')).toBeUndefined();
      expect(await storage.getWorkspace(a.member.workspaceId)).toEqual(a.workspace);
      expect(await storage.getMember(a.member.workspaceId, a.user.id)).toEqual(a.member);
      expect(await storage.getMembershipOfUser(a.user.id)).toEqual(a.member);
      expect(await storage.getMembershipOfUser('nobody')).toBeUndefined();
    });

    it('refuses a taken email and writes nothing of the second account', async () => {
      await storage.createAccount(account('dup@example.test'));
      const second = account('dup@example.test');
      await expect(storage.createAccount(second)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.getUser(second.user.id)).toBeUndefined();
      expect(await storage.getWorkspace(second.member.workspaceId)).toBeUndefined();
    });

    it('joins by invitation once: a reused invite is a conflict', async () => {
      const admin = account('admin@example.test');
      await storage.createAccount(admin);
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
      await storage.createInvite(invite);
      await expect(storage.createInvite(invite)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.getInvite('hash-1')).toEqual(invite);
      expect(await storage.getInvite('nope')).toBeUndefined();

      const joiner = account('new@example.test', {
        workspaceId: ws,
        invite: 'hash-1',
        joinedAt: T0 + 5,
      });
      await storage.createAccount(joiner);
      expect((await storage.getInvite('hash-1'))?.usedAt).toBe(T0 + 5);
      expect(await storage.getMembershipOfUser(joiner.user.id)).toEqual(joiner.member);

      const again = account('other@example.test', { workspaceId: ws, invite: 'hash-1' });
      await expect(storage.createAccount(again)).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.getUser(again.user.id)).toBeUndefined();
      const unknown = account('third@example.test', { workspaceId: ws, invite: 'never-issued' });
      await expect(storage.createAccount(unknown)).rejects.toBeInstanceOf(ConflictError);
    });

    it('lets an existing account accept an invitation once, keeping its first workspace', async () => {
      const admin = account('boss@example.test');
      const existing = account('known@example.test');
      await storage.createAccount(admin);
      await storage.createAccount(existing);
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
      await storage.createInvite(invite('join-1'));
      await storage.createInvite(invite('join-2'));
      const member = {
        workspaceId: ws,
        userId: existing.user.id,
        role: 'finance' as const,
        access: 'member' as const,
        joinedAt: T0 + 7,
      };
      expect(await storage.acceptInvite('join-1', member)).toEqual(member);
      expect(await storage.getMember(ws, existing.user.id)).toEqual(member);
      expect((await storage.getInvite('join-1'))?.usedAt).toBe(T0 + 7);
      expect(await storage.getMembershipOfUser(existing.user.id)).toEqual(existing.member);
      await expect(storage.acceptInvite('join-1', member)).rejects.toBeInstanceOf(ConflictError);
      await expect(storage.acceptInvite('never-issued', member)).rejects.toBeInstanceOf(
        ConflictError,
      );
      // A second invitation for a present member: used up, the membership stays as it is.
      const promoted = { ...member, access: 'admin' as const, joinedAt: T0 + 9 };
      expect(await storage.acceptInvite('join-2', promoted)).toEqual(member);
      expect(await storage.getMember(ws, existing.user.id)).toEqual(member);
    });

    it('lists and updates members in join order', async () => {
      const admin = account('a1@example.test');
      await storage.createAccount(admin);
      const ws = admin.member.workspaceId;
      const other = account('a2@example.test', { workspaceId: ws, joinedAt: T0 + 10 });
      await storage.createAccount(other);
      await storage.createAccount(account('elsewhere@example.test'));

      const members = await storage.listMembers(ws);
      expect(members.map((m) => m.email)).toEqual(['a1@example.test', 'a2@example.test']);
      expect(members[1]).toMatchObject({
        userId: other.user.id,
        name: other.user.name,
        role: 'sales',
      });

      const updated = await storage.updateMember(ws, other.user.id, { access: 'admin' });
      expect(updated).toMatchObject({ access: 'admin', role: 'sales' });
      expect(await storage.updateMember(ws, other.user.id, { role: 'finance' })).toMatchObject({
        access: 'admin',
        role: 'finance',
      });
      expect(await storage.getMember(ws, other.user.id)).toMatchObject({
        access: 'admin',
        role: 'finance',
      });
      expect(await storage.updateMember(ws, 'nobody', { role: 'qc' })).toBeUndefined();
    });

    it('stores sessions, deletes one, and expires old ones', async () => {
      const a = account('s@example.test');
      await storage.createAccount(a);
      const base = { userId: a.user.id, workspaceId: a.member.workspaceId, createdAt: T0 };
      await storage.createSession({ ...base, tokenHash: 'old', expiresAt: T0 + 10 });
      await storage.createSession({ ...base, tokenHash: 'live', expiresAt: T0 + 1000 });
      await storage.createSession({ ...base, tokenHash: 'gone', expiresAt: T0 + 1000 });
      expect(await storage.getSession('live')).toEqual({
        ...base,
        tokenHash: 'live',
        expiresAt: T0 + 1000,
      });
      await storage.deleteSession('gone');
      expect(await storage.getSession('gone')).toBeUndefined();
      expect(await storage.deleteExpiredSessions(T0 + 10)).toBe(1);
      expect(await storage.getSession('old')).toBeUndefined();
      expect(await storage.getSession('live')).toBeDefined();
    });

    it('creates, lists, updates boards per workspace', async () => {
      const a = account('b@example.test');
      const b = account('c@example.test');
      await storage.createAccount(a);
      await storage.createAccount(b);
      const first = board(a.member.workspaceId);
      const meeting = board(a.member.workspaceId, {
        kind: 'meeting',
        cadence: 'weekly',
        sourceBoardIds: [first.id],
      });
      const foreign = board(b.member.workspaceId);
      await storage.createBoard(first, u8(1, 2, 3));
      await storage.createBoard(meeting, u8(4));
      await storage.createBoard(foreign, u8(5));
      await expect(storage.createBoard(first, u8(9))).rejects.toBeInstanceOf(ConflictError);

      expect(await storage.getBoard(meeting.id)).toEqual(meeting);
      expect(await storage.getBoard('nope')).toBeUndefined();
      expect((await storage.listBoards(a.member.workspaceId)).map((x) => x.id)).toEqual([
        first.id,
        meeting.id,
      ]);
      expect(await storage.listBoards('nope')).toEqual([]);

      const renamed = await storage.updateBoard(first.id, { title: 'Renamed', updatedAt: T0 + 99 });
      expect(renamed).toEqual({ ...first, title: 'Renamed', updatedAt: T0 + 99 });
      const archived = await storage.updateBoard(first.id, { archived: true });
      expect(archived).toEqual({ ...first, title: 'Renamed', updatedAt: T0 + 99, archived: true });
      expect(await storage.getBoard(first.id)).toEqual(archived);
      expect(await storage.updateBoard('nope', { title: 'x' })).toBeUndefined();
      // The failed duplicate create did not replace the document.
      expect((await storage.loadDocument(first.id)).snapshot).toEqual(u8(1, 2, 3));
    });

    it('keeps a document as snapshot plus ordered updates, and compacts only up to seq', async () => {
      const a = account('d@example.test');
      await storage.createAccount(a);
      const b = board(a.member.workspaceId);
      await storage.createBoard(b, u8(7, 7));
      expect(await storage.loadDocument(b.id)).toEqual({
        snapshot: u8(7, 7),
        updates: [],
        writers: [],
        lastSeq: 0,
      });

      // Each append answers the seq of its last row, so a room knows exactly what it holds.
      expect(await storage.appendUpdates(b.id, [u8(1), u8(2)])).toBe(2);
      expect(await storage.appendUpdates(b.id, [])).toBe(2);
      expect(await storage.appendUpdates(b.id, [u8(3)])).toBe(3);
      expect(await storage.loadDocument(b.id)).toEqual({
        snapshot: u8(7, 7),
        updates: [u8(1), u8(2), u8(3)],
        writers: [],
        lastSeq: 3,
      });

      await storage.compactDocument(b.id, u8(8, 8), 2);
      expect(await storage.loadDocument(b.id)).toEqual({
        snapshot: u8(8, 8),
        updates: [u8(3)],
        writers: [],
        lastSeq: 3,
      });

      // Sequence numbers keep counting after compaction.
      expect(await storage.appendUpdates(b.id, [u8(4)])).toBe(4);
      await storage.compactDocument(b.id, u8(9), 4);
      expect(await storage.loadDocument(b.id)).toEqual({
        snapshot: u8(9),
        updates: [],
        writers: [],
        lastSeq: 4,
      });
      expect(await storage.appendUpdates(b.id, [])).toBe(4);

      await storage.appendUpdates(b.id, [u8(5)]);
      expect(await storage.loadDocument(b.id)).toEqual({
        snapshot: u8(9),
        updates: [u8(5)],
        writers: [],
        lastSeq: 5,
      });

      // The writers of client ids go with their updates; the first writer of an id keeps it.
      expect(
        await storage.appendUpdates(b.id, [u8(6)], [{ clientId: 4_294_967_295, userId: 'u-1' }]),
      ).toBe(6);
      await storage.appendUpdates(
        b.id,
        [u8(7)],
        [
          { clientId: 4_294_967_295, userId: 'u-2' },
          { clientId: 7, userId: 'u-2' },
        ],
      );
      await storage.compactDocument(b.id, u8(9), 7);
      expect((await storage.loadDocument(b.id)).writers).toEqual(
        expect.arrayContaining([
          { clientId: 4_294_967_295, userId: 'u-1' },
          { clientId: 7, userId: 'u-2' },
        ]),
      );
      expect((await storage.loadDocument(b.id)).writers).toHaveLength(2);

      expect(await storage.loadDocument('unknown-board')).toEqual({
        snapshot: null,
        updates: [],
        writers: [],
        lastSeq: 0,
      });
    });

    it('hands out copies: mutating a returned record changes nothing stored', async () => {
      const a = account('e@example.test');
      await storage.createAccount(a);
      const b = board(a.member.workspaceId);
      await storage.createBoard(b, u8(1));
      const update = u8(42);
      await storage.appendUpdates(b.id, [update]);
      update[0] = 0;
      const loaded = await storage.getBoard(b.id);
      loaded!.title = 'mutated';
      loaded!.sourceBoardIds.push('x');
      const doc = await storage.loadDocument(b.id);
      doc.updates[0]![0] = 0;
      expect(await storage.getBoard(b.id)).toEqual(b);
      expect((await storage.loadDocument(b.id)).updates).toEqual([u8(42)]);
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('keeps everything across close and reopen', async () => {
        const a = account('f@example.test');
        await storage.createAccount(a);
        const ws = a.member.workspaceId;
        await storage.createSession({
          tokenHash: 'sess',
          userId: a.user.id,
          workspaceId: ws,
          createdAt: T0,
          expiresAt: T0 + 10,
        });
        const b = board(ws);
        await storage.createBoard(b, u8(1));
        await storage.appendUpdates(b.id, [u8(2), u8(3), u8(4)]);
        await storage.compactDocument(b.id, u8(5), 1);
        await storage.close();

        storage = reopen();
        expect(await storage.getUserByEmail('f@example.test')).toEqual(a.user);
        expect(await storage.getMember(ws, a.user.id)).toEqual(a.member);
        expect(await storage.getSession('sess')).toBeDefined();
        expect(await storage.getBoard(b.id)).toEqual(b);
        expect(await storage.loadDocument(b.id)).toEqual({
          snapshot: u8(5),
          updates: [u8(3), u8(4)],
          writers: [],
          lastSeq: 3,
        });
        expect(await storage.appendUpdates(b.id, [u8(6)])).toBe(4);
        expect((await storage.loadDocument(b.id)).lastSeq).toBe(4);
      });
    }
  });
}

storageContract({
  name: 'MemoryStorage',
  open: () => new MemoryStorage(),
  cleanup: () => {},
});

{
  let dir: ReturnType<typeof tempDir> | undefined;
  storageContract({
    name: 'SqliteStorage',
    open: () => {
      dir = tempDir('orderlane-sqlite-');
      return SqliteStorage.open(dir.dir);
    },
    reopen: () => SqliteStorage.open(dir!.dir),
    cleanup: () => dir?.remove(),
  });
}
