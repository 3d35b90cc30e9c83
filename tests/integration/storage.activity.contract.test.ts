/**
 * The card-activity part of the storage contract (comments, history, follows, notifications),
 * run against every Storage implementation in tests/support/storages.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CommentRecord, NotificationRecord, Storage } from '@orderlane/server';
import { STORAGES, storagePerTest, type StorageUnderTest } from '../support/storages';

const T0 = 1_700_000_000_000;

async function seed(storage: Storage) {
  for (const [user, ws] of [
    ['u1', 'w1'],
    ['u2', 'w1'],
    ['u3', 'w2'],
  ] as const) {
    await storage.accounts.create({
      user: {
        id: user,
        name: user,
        email: `${user}@example.test`,
        passwordHash: 'x',
        createdAt: T0,
      },
      ...(user !== 'u2' ? { workspace: { id: ws, name: ws, createdAt: T0 } } : {}),
      member: { workspaceId: ws, userId: user, role: 'sales', access: 'member', joinedAt: T0 },
    });
  }
  const board = (id: string, workspaceId: string) => ({
    id,
    workspaceId,
    title: id,
    kind: 'orders' as const,
    cadence: null,
    sourceBoardIds: [],
    archived: false,
    createdBy: 'u1',
    createdAt: T0,
    updatedAt: T0,
  });
  await storage.boards.create(board('b1', 'w1'), new Uint8Array([0, 0]));
  await storage.boards.create(board('b2', 'w2'), new Uint8Array([0, 0]));
}

const comment = (id: string, createdAt: number, cardId = 'c1'): CommentRecord => ({
  id,
  boardId: 'b1',
  cardId,
  authorId: 'u1',
  body: `body ${id}`,
  createdAt,
  editedAt: null,
  deletedAt: null,
});

const notification = (
  id: string,
  userId: string,
  createdAt: number,
  workspaceId = 'w1',
): NotificationRecord => ({
  id,
  userId,
  workspaceId,
  kind: 'mention',
  source: 'comment',
  boardId: workspaceId === 'w1' ? 'b1' : 'b2',
  cardId: 'c1',
  cardTitle: 'PO-1',
  commentId: null,
  actorId: 'u2',
  excerpt: 'hi @{user:u1}',
  createdAt,
  readAt: null,
});

function activityContract(factory: StorageUnderTest) {
  describe(`CardActivityStorage contract: ${factory.name}`, () => {
    const { storage } = storagePerTest(factory);
    beforeEach(() => seed(storage));

    it('stores comments oldest first per card, and edits and deletes them', async () => {
      const a = storage.activity;
      await a.createComment(comment('m2', T0 + 2));
      await a.createComment(comment('m1', T0 + 1));
      await a.createComment(comment('m3', T0 + 3, 'c2'));
      expect((await a.listComments({ boardId: 'b1', cardId: 'c1' })).map((c) => c.id)).toEqual([
        'm1',
        'm2',
      ]);
      const edited = await a.updateComment('m1', { body: 'new', editedAt: T0 + 5 });
      expect(edited).toMatchObject({ id: 'm1', body: 'new', editedAt: T0 + 5, deletedAt: null });
      expect(await a.getComment('m1')).toEqual(edited);
      await a.updateComment('m2', { body: '', deletedAt: T0 + 6 });
      expect(await a.getComment('m2')).toMatchObject({ body: '', deletedAt: T0 + 6 });
      expect(await a.updateComment('nope', { body: 'x' })).toBeUndefined();
      expect(await a.getComment('nope')).toBeUndefined();
    });

    it('appends history in order, per card and per board time range', async () => {
      const a = storage.activity;
      const entry = (
        cardId: string,
        type: 'created' | 'stage',
        at: number,
        actorId: string | null,
      ) => ({
        boardId: 'b1',
        cardId,
        type,
        from: type === 'stage' ? 'c0' : null,
        to: 'c1',
        subject: null,
        actorId,
        at,
      });
      await a.appendCardHistory([entry('k1', 'created', T0, 'u1'), entry('k1', 'stage', T0, 'u2')]);
      const [k2] = await a.appendCardHistory([entry('k2', 'created', T0 + 10, null)]);
      expect(k2).toMatchObject({ cardId: 'k2', type: 'created', seq: expect.any(Number) });
      const k1 = await a.listCardHistory({ boardId: 'b1', cardId: 'k1' });
      expect(k1.map((h) => [h.type, h.actorId])).toEqual([
        ['created', 'u1'],
        ['stage', 'u2'],
      ]);
      expect(k1[0]!.seq).toBeLessThan(k1[1]!.seq);
      expect(k1[1]).toMatchObject({ from: 'c0', to: 'c1', subject: null, at: T0 });
      expect((await a.listBoardHistory('b1')).map((h) => h.cardId)).toEqual(['k1', 'k1', 'k2']);
      expect((await a.listBoardHistory('b1', { since: T0 + 1 })).map((h) => h.cardId)).toEqual([
        'k2',
      ]);
      expect(await a.listBoardHistory('b1', { until: T0 })).toEqual([]);
    });

    it('follows automatically unless unfollowed, and by hand', async () => {
      const a = storage.activity;
      const card = { boardId: 'b1', cardId: 'c1' };
      await a.autoFollow(card, ['u1', 'u2'], 'comment', T0);
      expect(await a.listFollowers(card)).toEqual(['u1', 'u2']);
      await a.setFollowing(card, 'u1', false, T0 + 1);
      await a.autoFollow(card, ['u1'], 'mention', T0 + 2);
      expect(await a.listFollowers(card)).toEqual(['u2']);
      expect(await a.isFollowing(card, 'u1')).toBe(false);
      await a.setFollowing(card, 'u1', true, T0 + 3);
      expect(await a.isFollowing(card, 'u1')).toBe(true);
      expect(await a.listFollowers({ boardId: 'b1', cardId: 'other' })).toEqual([]);
    });

    it('lists a user’s notifications newest first, counts and marks only theirs', async () => {
      const a = storage.activity;
      await a.createNotifications([
        notification('n1', 'u1', T0 + 1),
        notification('n2', 'u1', T0 + 2),
        notification('n3', 'u2', T0 + 3),
        notification('n4', 'u3', T0 + 4, 'w2'),
      ]);
      expect((await a.listNotifications('u1', 'w1', { limit: 10 })).map((n) => n.id)).toEqual([
        'n2',
        'n1',
      ]);
      expect((await a.listNotifications('u1', 'w1', { limit: 1 })).map((n) => n.id)).toEqual([
        'n2',
      ]);
      expect(
        (await a.listNotifications('u1', 'w1', { limit: 10, before: T0 + 2 })).map((n) => n.id),
      ).toEqual(['n1']);
      expect(await a.listNotifications('u1', 'w2', { limit: 10 })).toEqual([]);
      expect(await a.countUnread('u1', 'w1')).toBe(2);
      expect(await a.markNotificationsRead('u1', 'w1', ['n1', 'n3', 'n4'], T0 + 9)).toBe(1);
      expect(await a.countUnread('u2', 'w1')).toBe(1);
      expect((await a.listNotifications('u1', 'w1', { limit: 10 }))[1]).toMatchObject({
        id: 'n1',
        readAt: T0 + 9,
      });
      expect(await a.markNotificationsRead('u1', 'w1', 'all', T0 + 10)).toBe(1);
      expect(await a.countUnread('u1', 'w1')).toBe(0);
      expect(await a.countUnread('u3', 'w2')).toBe(1);
    });

    it('records a batch of history, follows and notifications together, all or nothing', async () => {
      const a = storage.activity;
      const card = { boardId: 'b1', cardId: 'c1' };
      const history = (cardId: string, type: 'created' | 'owner') => ({
        boardId: 'b1',
        cardId,
        type,
        from: null,
        to: type === 'owner' ? 'u2' : 'col',
        subject: null,
        actorId: 'u1',
        at: T0,
      });
      await a.setFollowing(card, 'u1', false, T0);
      const stored = await a.recordActivity({
        history: [history('c1', 'created'), history('c1', 'owner'), history('c2', 'created')],
        follows: [
          { card, userId: 'u1', reason: 'created', at: T0 },
          { card, userId: 'u2', reason: 'owner', at: T0 },
          { card: { boardId: 'b1', cardId: 'c2' }, userId: 'u1', reason: 'created', at: T0 },
        ],
        notifications: [notification('n1', 'u2', T0 + 1)],
      });
      expect(stored.map((h) => [h.cardId, h.type])).toEqual([
        ['c1', 'created'],
        ['c1', 'owner'],
        ['c2', 'created'],
      ]);
      expect(stored[0]!.seq).toBeLessThan(stored[1]!.seq);
      expect(stored[1]!.seq).toBeLessThan(stored[2]!.seq);
      expect(await a.listCardHistory(card)).toEqual(stored.slice(0, 2));
      // An unfollow sticks, as with autoFollow.
      expect(await a.listFollowers(card)).toEqual(['u2']);
      expect(await a.listFollowers({ boardId: 'b1', cardId: 'c2' })).toEqual(['u1']);
      expect((await a.listNotifications('u2', 'w1', { limit: 10 })).map((n) => n.id)).toEqual([
        'n1',
      ]);
      expect(await a.recordActivity({ history: [], follows: [], notifications: [] })).toEqual([]);

      // A notification id already taken fails the whole batch: nothing of it is stored.
      await expect(
        a.recordActivity({
          history: [history('c3', 'created')],
          follows: [{ card: { boardId: 'b1', cardId: 'c3' }, userId: 'u1', reason: 'x', at: T0 }],
          notifications: [notification('n2', 'u1', T0 + 2), notification('n1', 'u1', T0 + 3)],
        }),
      ).rejects.toThrow();
      expect(await a.listCardHistory({ boardId: 'b1', cardId: 'c3' })).toEqual([]);
      expect(await a.listFollowers({ boardId: 'b1', cardId: 'c3' })).toEqual([]);
      expect(await a.countUnread('u1', 'w1')).toBe(0);
    });
  });
}

for (const implementation of STORAGES) activityContract(implementation);
