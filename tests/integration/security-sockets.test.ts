/**
 * Hostile socket.io clients and signed-out sessions over the real server: a flood or an oversized
 * packet costs that one socket, other sockets keep being served; another workspace's meeting is
 * "not found"; signing out closes the session's live socket.io and Yjs connections at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getCard,
  type CardId,
  type MeetingAck,
  type PresenceUser,
  encodeSyncStep1,
} from '@orderlane/shared';
import {
  addMember,
  api,
  changeMember,
  createBoard,
  registerAccount,
  sessionCookieOf,
} from '../support/accounts';
import { createMeeting, createSeries, emitMeeting } from '../support/meetings';
import { placeCard } from '../support/cardActivity';
import { realtimeServerPerFile, type Account } from '../support/realtimeServer';
import { waitForConnect, type OrderlaneSocket } from '../support/socketClient';
import { isSyncStep2, waitFor } from '../support/yjsClient';

const realtime = realtimeServerPerFile({ clientDist: null });
const { server } = realtime;
let admin: Account;
let outsider: Account;
let boardId: string;

beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Amy Admin' });
  outsider = await registerAccount(server, { name: 'Olga Outsider' });
  boardId = (await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' })).id;
});

const open = (cookie: string) => realtime.socketOf(cookie);

function disconnectReason(socket: OrderlaneSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

const ask = (socket: OrderlaneSocket) =>
  new Promise<PresenceUser[]>((resolve) => socket.emit('presence:get', resolve));

/** Emits without the typed API, as a hostile client would. */
const rawEmit = (socket: OrderlaneSocket, ...args: unknown[]) =>
  (socket as unknown as { emit(...a: unknown[]): void }).emit(...args);

describe('socket.io floods and oversized packets', () => {
  it('disconnects a socket that floods events; another socket of the same user is served', async () => {
    const flooder = await open(admin.cookie);
    const bystander = await open(admin.cookie);
    const gone = disconnectReason(flooder);
    const target = { boardId, meetingId: 'nosuchmeeting' };
    for (let i = 0; i < 400; i++) {
      if (i % 3 === 0) rawEmit(flooder, 'presence:get', () => undefined);
      else if (i % 3 === 1) rawEmit(flooder, 'board:join', boardId, () => undefined);
      else rawEmit(flooder, 'meeting:advance', target, () => undefined);
    }
    expect(await gone).toBe('io server disconnect');
    const users = await ask(bystander);
    expect(users.map((u) => u.userId)).toContain(admin.me.user.id);
    expect(bystander.connected).toBe(true);
  });

  it('a socket at a human pace is never cut off', async () => {
    const calm = await open(admin.cookie);
    for (let i = 0; i < 40; i++) await ask(calm);
    expect(calm.connected).toBe(true);
  });

  it('closes a socket that sends a packet over the size limit, and only that one', async () => {
    const big = await open(admin.cookie);
    const bystander = await open(admin.cookie);
    const gone = disconnectReason(big);
    rawEmit(big, 'board:join', 'x'.repeat(100_000), () => undefined);
    expect(await gone).toMatch(/transport (close|error)/);
    expect((await ask(bystander)).length).toBeGreaterThan(0);
  });
});

describe('socket.io payload validation', () => {
  it('refuses junk meeting payloads and other workspaces’ meetings without side effects', async () => {
    const series = await createSeries(server, admin.cookie, 'daily', [boardId]);
    const meeting = await createMeeting(server, admin.cookie, series.id, { start: true });
    const target = { boardId: series.id, meetingId: meeting.id };
    const intruder = await open(outsider.cookie);
    const owner = await open(admin.cookie);

    // No ack, a non-function ack, wrong types: ignored, the socket stays.
    rawEmit(intruder, 'meeting:join', target);
    rawEmit(intruder, 'meeting:join', target, 'not a function');
    rawEmit(intruder, 'meeting:leave', 42);
    rawEmit(intruder, 'board:leave', { toString: 1 });
    rawEmit(intruder, 'meeting:time', 'x');
    const wrong = (await emitMeeting(intruder, 'meeting:advance', {
      boardId: 7,
      meetingId: [],
    })) as MeetingAck;
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    // Another workspace's series, meeting or board: not found, never forbidden, nothing joined.
    for (const event of ['meeting:join', 'meeting:advance', 'meeting:pause'] as const) {
      const payload = event === 'meeting:pause' ? { ...target, paused: true } : target;
      const ack = await emitMeeting(intruder, event, payload);
      expect(ack, event).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const boardJoin = await new Promise((resolve) =>
      intruder.emit('board:join', series.id, resolve),
    );
    expect(boardJoin).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const unknownMeeting = await emitMeeting(owner, 'meeting:join', {
      boardId: series.id,
      meetingId: 'nosuchmeeting1',
    });
    expect(unknownMeeting).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // The meeting did not move, and both sockets are still served.
    const joined = await emitMeeting(owner, 'meeting:join', target);
    expect(joined.ok).toBe(true);
    if (joined.ok) expect(joined.meeting.state.revision).toBe(meeting.clock?.revision);
    expect(intruder.connected && owner.connected).toBe(true);
    expect((await ask(intruder)).map((u) => u.userId)).toEqual([outsider.me.user.id]);
  });
});

describe('signing out', () => {
  it('closes that session’s live socket.io and Yjs connections; other sessions stay', async () => {
    const login = await api(server, 'POST', '/api/auth/login', {
      body: { email: admin.email, password: admin.password },
    });
    const session = sessionCookieOf(login.headers);
    const socket = await open(session);
    const other = await open(admin.cookie);
    const yjs = realtime.boardClient(boardId, session);
    const otherYjs = realtime.boardClient(boardId, admin.cookie);
    await Promise.all([yjs.waitForSync(), otherYjs.waitForSync()]);
    const gone = disconnectReason(socket);

    const logout = await api(server, 'POST', '/api/auth/logout', { cookie: session });
    expect(logout.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    await waitFor(() => yjs.closeCodes.includes(4401), 10_000, 'yjs closed as signed out');

    // Coming back with the old cookie is refused on both.
    const again = realtime.socket(session);
    await expect(waitForConnect(again)).rejects.toThrow(/unauthenticated/);
    const raw = realtime.rawBoardSocket(boardId, session);
    expect(await raw.status).toBe(401);

    // The same person's other session is untouched.
    expect(other.connected).toBe(true);
    expect(otherYjs.closeCodes).toEqual([]);
  });
});

describe('a changed access reaches open connections', () => {
  it('a member demoted to viewer can no longer write through sockets opened before', async () => {
    const member = await addMember(server, admin.cookie, 'logistics', 'member', 'Dee Demoted');
    const series = await createSeries(server, admin.cookie, 'weekly', [boardId]);
    const meeting = await createMeeting(server, admin.cookie, series.id, { start: true });
    const target = { boardId: series.id, meetingId: meeting.id };
    const chair = await open(admin.cookie);
    expect(
      await emitMeeting(chair, 'meeting:handover', { ...target, userId: member.me.user.id }),
    ).toMatchObject({ ok: true });
    const socket = await open(member.cookie);
    expect(await emitMeeting(socket, 'meeting:advance', target)).toMatchObject({ ok: true });

    let step2Replies = 0;
    const m = realtime.boardClient(boardId, member.cookie, {
      onMessage: (data) => {
        if (isSyncStep2(data)) step2Replies++;
      },
    });
    const watcher = realtime.boardClient(boardId, admin.cookie);
    await Promise.all([m.waitForSync(), watcher.waitForSync()]);

    const patch = await changeMember(server, admin.cookie, member.me.user.id, {
      access: 'viewer',
    });
    expect(patch.status).toBe(200);

    // socket.io: the next meeting control is refused, on the same socket.
    expect(await emitMeeting(socket, 'meeting:advance', target)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(socket.connected).toBe(true);

    // Yjs: the connection is re-admitted (1012, not final) as read-only.
    await waitFor(() => m.closeCodes.includes(1012), 10_000, 'yjs reconnect after demotion');
    await waitFor(() => m.provider.wsconnected && m.provider.synced, 10_000, 'yjs back');
    const cardId = `demoted${Date.now().toString(36)}` as CardId;
    placeCard(m.doc, cardId, 'written after demotion');
    // Round trip on the same socket: once answered, the server has handled the write before it.
    const before = step2Replies;
    m.provider.ws!.send(encodeSyncStep1(m.doc));
    await waitFor(() => step2Replies > before, 10_000, 'step 2 reply');
    expect(m.ackedClock()).toBeLessThan(m.localClock());
    expect(getCard(watcher.doc, cardId)).toBeUndefined();
  });
});
