/**
 * A meeting's status, facilitator, clock, times and attendance are the
 * server's. A member's peer can write anything into the series document; what it writes under
 * those keys changes nothing: the facilitator can still end the meeting and freeze its minutes,
 * a member who names themselves facilitator (clock included) still cannot control it after a
 * server restart, and the minutes list only the people who actually joined.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDays,
  addMeeting,
  entryOf,
  idleClock,
  initBoardDoc,
  initMeetingSeries,
  meetingsMap,
  startClock,
  type MeetingAck,
  type MeetingDto,
  type MeetingListDto,
  type MinutesDto,
} from '@orderlane/shared';
import { addMember, api, registerAccount } from '../../support/accounts';
import {
  createMeeting,
  createSeries,
  emitMeeting,
  seededOrderBoard,
  today,
} from '../../support/meetings';
import { restartableServer, startTestServer, tempDir, type TestServer } from '../../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../../support/socketClient';
import { connectBoard, type BoardClient } from '../../support/yjsClient';

type Account = Awaited<ReturnType<typeof registerAccount>>;

const sockets: OrderlaneSocket[] = [];
const clients: BoardClient[] = [];

afterAll(() => {
  for (const s of sockets) s.disconnect();
  for (const c of clients) c.destroy();
});

async function socketOf(server: TestServer, cookie: string) {
  const socket = connectSocket(server.url, { cookie, origin: server.origin });
  sockets.push(socket);
  await waitForConnect(socket);
  return socket;
}

/** A member's own peer on the series document, writing straight into a meeting's entry. */
async function forge(
  server: TestServer,
  account: Account,
  seriesId: string,
  meetingId: string,
  write: (meeting: Y.Map<unknown>) => void,
): Promise<void> {
  const client = connectBoard(server.url, seriesId, {
    cookie: account.cookie,
    origin: server.origin,
  });
  clients.push(client);
  await client.waitForSync();
  client.doc.transact(() => write(entryOf(meetingsMap(client.doc), meetingId)!));
  await client.waitForAck();
  client.destroy();
}

const refusal = (ack: MeetingAck) => (ack.ok ? 'accepted' : ack.error.code);

async function seriesWithRunningMeeting(server: TestServer, mia: Account) {
  const orders = await seededOrderBoard(server, mia.cookie);
  clients.push(orders.client);
  await orders.add('production', 'production', { title: 'Socks', dueDate: addDays(today(), -1) });
  await orders.add('production', 'production', { title: 'Mugs', dueDate: today() });
  const series = await createSeries(server, mia.cookie, 'daily', [orders.id]);
  const meeting = await createMeeting(server, mia.cookie, series.id, { start: true });
  return { series, meeting, target: { boardId: series.id, meetingId: meeting.id } };
}

describe('server-owned meeting state', () => {
  let server: TestServer;
  const dir = tempDir('orderlane-hostile-meeting-run-');
  let mia: Account;
  let leo: Account;

  beforeAll(async () => {
    server = await startTestServer({ sqliteDir: dir.dir, clientDist: null });
    mia = await registerAccount(server, { name: 'Mia Manager' });
    leo = await addMember(server, mia.cookie, 'logistics', 'member', 'Leo Logistics');
  });
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  it("a member writing status 'ended' does not stop the facilitator ending it", async () => {
    const { series, meeting } = await seriesWithRunningMeeting(server, mia);
    await forge(server, leo, series.id, meeting.id, (m) => {
      m.set('status', 'ended');
      m.set('endedAt', Date.now());
    });
    const base = `/api/boards/${series.id}/meetings`;
    const listed = await api<MeetingListDto>(server, 'GET', base, { cookie: mia.cookie });
    expect(listed.body.meetings.find((m) => m.id === meeting.id)?.status).toBe('running');

    const ended = await api<MeetingDto>(server, 'POST', `${base}/${meeting.id}/end`, {
      cookie: mia.cookie,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', minutesFrozen: true });
    const minutes = await api<MinutesDto>(server, 'GET', `${base}/${meeting.id}/minutes`, {
      cookie: mia.cookie,
    });
    expect(minutes.status).toBe(200);
    expect(minutes.body.minutes.facilitator?.id).toBe(mia.me.user.id);
  });

  it("a series' default facilitator a member wrote into the document is only taken if they may facilitate", async () => {
    const { series } = await seriesWithRunningMeeting(server, mia);
    const viewer = await addMember(server, mia.cookie, 'finance', 'viewer', 'Vic Viewer');
    const peer = connectBoard(server.url, series.id, { cookie: leo.cookie, origin: server.origin });
    clients.push(peer);
    await peer.waitForSync();
    peer.doc.getMap<unknown>('meta').set('facilitatorId', viewer.me.user.id);
    await peer.waitForAck();
    const planned = await createMeeting(server, leo.cookie, series.id, {
      date: addDays(today(), 3),
    });
    expect(planned.facilitatorId).toBe(leo.me.user.id);
  });

  it('the minutes list who joined, not who a peer wrote into the document', async () => {
    const { series, meeting, target } = await seriesWithRunningMeeting(server, mia);
    const leoSocket = await socketOf(server, leo.cookie);
    expect(refusal(await emitMeeting(leoSocket, 'meeting:join', target))).toBe('accepted');
    await forge(server, leo, series.id, meeting.id, (m) => {
      const attendees = new Y.Map<unknown>();
      attendees.set('ghost-user', 1);
      attendees.set(leo.me.user.id, 2);
      m.set('attendees', attendees);
      m.set('startedAt', 5);
    });
    const base = `/api/boards/${series.id}/meetings/${meeting.id}`;
    expect((await api(server, 'POST', `${base}/end`, { cookie: mia.cookie })).status).toBe(200);
    const minutes = await api<MinutesDto>(server, 'GET', `${base}/minutes`, {
      cookie: mia.cookie,
    });
    expect(minutes.body.minutes.attendees.map((a) => a.id)).toEqual([
      mia.me.user.id,
      leo.me.user.id,
    ]);
    expect(minutes.body.minutes.startedAt).toBe(meeting.clock?.startedAt ?? null);
  });
});

describe('after a server restart', () => {
  it('a member who wrote themselves in as facilitator (clock too) still cannot control', async () => {
    const sqlite = await restartableServer('orderlane-hostile-meeting-restart-', {
      clientDist: null,
    });
    const first = sqlite.first;
    try {
      const mia = await registerAccount(first, { name: 'Mia Manager' });
      const leo = await addMember(first, mia.cookie, 'logistics', 'member', 'Leo Logistics');
      const { series, meeting, target } = await seriesWithRunningMeeting(first, mia);
      const leoId = leo.me.user.id;
      await forge(first, leo, series.id, meeting.id, (m) => {
        m.set('facilitatorId', leoId);
        m.set('clock', { ...meeting.clock, facilitatorId: leoId, revision: 1_000 });
      });
      for (const c of clients.splice(0)) c.destroy();

      const second = await sqlite.restart();
      const leoSocket = await socketOf(second, leo.cookie);
      const joined = await emitMeeting(leoSocket, 'meeting:join', target);
      expect(joined.ok && joined.meeting.state.facilitatorId).toBe(mia.me.user.id);
      expect(
        refusal(await emitMeeting(leoSocket, 'meeting:pause', { ...target, paused: true })),
      ).toBe('forbidden');
      expect(
        refusal(await emitMeeting(leoSocket, 'meeting:handover', { ...target, userId: leoId })),
      ).toBe('forbidden');
      expect(refusal(await emitMeeting(leoSocket, 'meeting:advance', target))).toBe('forbidden');
      const end = await api(second, 'POST', `/api/boards/${series.id}/meetings/${meeting.id}/end`, {
        cookie: leo.cookie,
      });
      expect(end.status).toBe(403);

      const miaSocket = await socketOf(second, mia.cookie);
      expect(refusal(await emitMeeting(miaSocket, 'meeting:advance', target))).toBe('accepted');
      const dto = await api<MeetingDto>(
        second,
        'GET',
        `/api/boards/${series.id}/meetings/${meeting.id}`,
        { cookie: leo.cookie },
      );
      expect(dto.body.facilitatorId).toBe(mia.me.user.id);
    } finally {
      await sqlite.close();
    }
  });
});

describe('a series from before the run moved to SQL', () => {
  it("takes the older document's run once, then ignores the document", async () => {
    const own = tempDir('orderlane-hostile-meeting-legacy-');
    const server = await startTestServer({ sqliteDir: own.dir, clientDist: null });
    try {
      const mia = await registerAccount(server, { name: 'Mia Manager' });
      const leo = await addMember(server, mia.cookie, 'logistics', 'member', 'Leo Logistics');
      const miaId = mia.me.user.id;
      // The document as the older server wrote it: the run's keys inside the meeting entry.
      const doc = new Y.Doc();
      initBoardDoc(doc, { title: 'Standup', kind: 'meeting', cadence: 'daily', newId: () => 'x' });
      initMeetingSeries(doc, { sourceBoardIds: [], facilitatorId: miaId });
      const startedAt = Date.now() - 60_000;
      addMeeting(doc, { id: 'old', date: today(), createdBy: miaId }, startedAt);
      const entry = entryOf(meetingsMap(doc), 'old')!;
      const attendees = new Y.Map<unknown>();
      attendees.set(miaId, startedAt);
      for (const [key, value] of Object.entries({
        status: 'running',
        facilitatorId: miaId,
        startedAt,
      }))
        entry.set(key, value);
      entry.set('attendees', attendees);
      const clock = startClock(idleClock('old'), {
        now: startedAt,
        facilitatorId: miaId,
        meetingTimeboxSeconds: 900,
        firstItem: null,
      });
      entry.set('clock', { ...clock });
      // Another older meeting a member had marked 'ended': the server never ended it (no minutes).
      addMeeting(doc, { id: 'forged', date: addDays(today(), -1), createdBy: miaId }, startedAt);
      const forged = entryOf(meetingsMap(doc), 'forged')!;
      for (const [key, value] of Object.entries({
        status: 'ended',
        facilitatorId: miaId,
        startedAt,
      }))
        forged.set(key, value);
      const seriesId = 'legacy-series';
      await server.storage.boards.create(
        {
          id: seriesId,
          workspaceId: mia.me.workspace.id,
          title: 'Standup',
          kind: 'meeting',
          cadence: 'daily',
          sourceBoardIds: [],
          archived: false,
          createdBy: miaId,
          createdAt: startedAt,
          updatedAt: startedAt,
        },
        Y.encodeStateAsUpdate(doc),
      );
      const url = `/api/boards/${seriesId}/meetings/old`;
      const adopted = await api<MeetingDto>(server, 'GET', url, { cookie: mia.cookie });
      expect(adopted.body).toMatchObject({
        status: 'running',
        facilitatorId: miaId,
        startedAt,
        attendeeIds: [miaId],
      });
      expect(adopted.body.clock).toEqual(clock);
      const forgedRun = await api<MeetingDto>(
        server,
        'GET',
        `/api/boards/${seriesId}/meetings/forged`,
        {
          cookie: mia.cookie,
        },
      );
      expect(forgedRun.body).toMatchObject({ status: 'running', minutesFrozen: false });

      // Adopted: what a member writes now is the document's, never the run's.
      await forge(server, leo, seriesId, 'old', (m) => {
        m.set('facilitatorId', leo.me.user.id);
        m.set('clock', { ...clock, facilitatorId: leo.me.user.id });
      });
      const leoSocket = await socketOf(server, leo.cookie);
      const target = { boardId: seriesId, meetingId: 'old' };
      expect(
        refusal(await emitMeeting(leoSocket, 'meeting:pause', { ...target, paused: true })),
      ).toBe('forbidden');
      const after = await api<MeetingDto>(server, 'GET', url, { cookie: mia.cookie });
      expect(after.body.facilitatorId).toBe(miaId);
    } finally {
      await server.close();
      own.remove();
    }
  });
});
