/**
 * Running a meeting over the real server with real socket.io clients: every screen computes the
 * same remaining time from the server's clock, only the facilitator steps through the agenda
 * (followers see where it is), and the minutes are frozen once the meeting ends.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  agendaItemDecision,
  estimateServerOffset,
  metaMap,
  readClock,
  updateActionItem,
  type AgendaDto,
  type ApiError,
  type MeetingAck,
  type MeetingDto,
  type MeetingStateEvent,
  type MinutesDto,
} from '@orderlane/shared';
import { api, registerAccount } from '../support/accounts';
import {
  createMeeting,
  createSeries,
  emitMeeting,
  meetingApi,
  seededOrderBoard,
  serverTime,
  today,
} from '../support/meetings';
import { startWithSeries } from '../support/meetingSeries';
import { restartableServer } from '../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../support/socketClient';
import { connectBoard, waitFor } from '../support/yjsClient';

const team = startWithSeries('orderlane-meetings-run-');

beforeAll(async () => {
  const day = today();
  await team.board.add('production', 'production', { title: 'Socks', dueDate: addDays(day, -1) });
  await team.board.add('shipping', 'logistics', { title: 'Mugs', dueDate: day });
  await team.board.add('procurement', 'purchasing', { title: 'Fabric', dueDate: addDays(day, 1) });
});

/** The last `meeting:state` a socket received. */
function lastState(socket: OrderlaneSocket) {
  const seen: { state: MeetingStateEvent | null } = { state: null };
  socket.on('meeting:state', (event) => {
    if (!seen.state || event.state.revision >= seen.state.state.revision) seen.state = event;
  });
  return seen;
}

const ok = (ack: MeetingAck) => {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
  return ack.meeting;
};

async function runningMeeting() {
  const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
  const meeting = await createMeeting(team.server, team.admin.cookie, series.id, { start: true });
  const meetingAt = meetingApi(team.server, series.id, meeting.id);
  const agenda = (await meetingAt<AgendaDto>('GET', '/agenda', team.admin.cookie)).body;
  return { series, meeting, agenda, target: { boardId: series.id, meetingId: meeting.id } };
}

describe('the shared clock', () => {
  it('gives two clients the same remaining time within a second', async () => {
    const { target } = await runningMeeting();
    const a = await team.socketOf(team.admin.cookie);
    const b = await team.socketOf(team.leo.cookie);
    const [joinA, joinB] = await Promise.all([
      emitMeeting(a, 'meeting:join', target),
      emitMeeting(b, 'meeting:join', target),
    ]);
    const stateA = ok(joinA);
    const stateB = ok(joinB);
    expect(stateA.state.currentItemId).not.toBeNull();
    expect(stateB.state).toEqual(stateA.state);
    const offsetOf = async (socket: OrderlaneSocket) => {
      const t = await serverTime(socket);
      return estimateServerOffset(t.sentAt, t.serverNow, t.receivedAt);
    };
    const [offsetA, offsetB] = await Promise.all([offsetOf(a), offsetOf(b)]);
    // Each screen reads the clock at the same instant, through its own offset to the server.
    const at = Date.now();
    const remainingA = readClock(stateA.state, at + offsetA).itemRemainingMs!;
    const remainingB = readClock(stateB.state, at + offsetB).itemRemainingMs!;
    expect(remainingA).toBeGreaterThan(0);
    expect(remainingA).toBeLessThanOrEqual(stateA.state.itemTimeboxSeconds! * 1000);
    expect(Math.abs(remainingA - remainingB)).toBeLessThan(1000);
    const meetingA = readClock(stateA.state, at + offsetA).meetingRemainingMs!;
    const meetingB = readClock(stateB.state, at + offsetB).meetingRemainingMs!;
    expect(Math.abs(meetingA - meetingB)).toBeLessThan(1000);
  });
});

describe('facilitator controls', () => {
  it('lets only the facilitator advance; followers see the item; a handover moves the right', async () => {
    const { target, agenda } = await runningMeeting();
    const order = agenda.items.map((i) => i.id);
    expect(order.length).toBeGreaterThanOrEqual(3);
    const facilitator = await team.socketOf(team.admin.cookie);
    const follower = await team.socketOf(team.leo.cookie);
    const followerSees = lastState(follower);
    ok(await emitMeeting(facilitator, 'meeting:join', target));
    ok(await emitMeeting(follower, 'meeting:join', target));

    const refused = await emitMeeting(follower, 'meeting:advance', target);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unchanged = await api<MeetingDto>(
      team.server,
      'GET',
      `/api/boards/${target.boardId}/meetings/${target.meetingId}`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(unchanged.body.clock!.currentItemId).toBe(order[0]);

    const advanced = ok(await emitMeeting(facilitator, 'meeting:advance', target));
    expect(advanced.state.currentItemId).toBe(order[1]);
    await waitFor(
      () => followerSees.state?.state.currentItemId === order[1],
      10_000,
      'the follower to follow',
    );
    // Stepping past an item marks it discussed (for the minutes).
    const after = await api<AgendaDto>(
      team.server,
      'GET',
      `/api/boards/${target.boardId}/meetings/${target.meetingId}/agenda`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(after.body.items.find((i) => i.id === order[0])!.discussed).toBe(true);

    const lane = ok(
      await emitMeeting(facilitator, 'meeting:lane', {
        ...target,
        sectionKey: agenda.sections[2]!.key,
      }),
    );
    expect(lane.state.sectionKey).toBe(agenda.sections[2]!.key);
    await waitFor(
      () => followerSees.state?.state.sectionKey === agenda.sections[2]!.key,
      10_000,
      'lane followed',
    );

    expect(
      await emitMeeting(follower, 'meeting:goto', { ...target, itemId: order[2] }),
    ).toMatchObject({ ok: false });
    expect(
      await emitMeeting(facilitator, 'meeting:goto', { ...target, itemId: 'no-such-item' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await emitMeeting(facilitator, 'meeting:advance', { ...target, direction: 'sideways' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await emitMeeting(facilitator, 'meeting:advance', 'garbage')).toMatchObject({
      ok: false,
    });

    const paused = ok(await emitMeeting(facilitator, 'meeting:pause', { ...target, paused: true }));
    expect(paused.state.pausedAt).not.toBeNull();

    ok(
      await emitMeeting(facilitator, 'meeting:handover', {
        ...target,
        userId: team.leo.me.user.id,
      }),
    );
    expect(await emitMeeting(facilitator, 'meeting:advance', target)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const byLeo = ok(await emitMeeting(follower, 'meeting:goto', { ...target, itemId: order[2] }));
    expect(byLeo.state).toMatchObject({
      currentItemId: order[2],
      facilitatorId: team.leo.me.user.id,
    });
  });
});

describe('minutes', () => {
  it('are frozen when the meeting ends: later edits of the document do not change them', async () => {
    const { series, meeting, agenda, target } = await runningMeeting();
    const first = agenda.items[0]!;
    // A note-taker records the decision in the live meeting document.
    const notes = connectBoard(team.server.url, series.id, {
      cookie: team.leo.cookie,
      origin: team.server.origin,
    });
    await notes.waitForSync();
    agendaItemDecision(notes.doc, first.id)!.insert(0, 'Ship by air');
    // A peer rewrites the document's mirror of the title: the minutes keep the board row's.
    metaMap(notes.doc).set('title', 'Retitled by a peer');
    await notes.waitForAck();
    const meetingAt = meetingApi(team.server, series.id, meeting.id);
    const action = await meetingAt<{ id: string }>('POST', '/action-items', team.admin.cookie, {
      title: 'Book air freight',
      ownerId: team.leo.me.user.id,
      dueDate: addDays(today(), 2),
      agendaItemId: first.id,
    });
    expect(action.status).toBe(201);

    const notYet = await meetingAt<ApiError>('GET', '/minutes', team.admin.cookie);
    expect(notYet.status).toBe(409);
    const byOther = await meetingAt<ApiError>('POST', '/end', team.leo.cookie);
    expect(byOther.status).toBe(403);
    const s = await team.socketOf(team.leo.cookie);
    ok(await emitMeeting(s, 'meeting:join', target));
    const ended = await meetingAt<MeetingDto>('POST', '/end', team.admin.cookie);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', minutesFrozen: true });

    const frozen = (await meetingAt<MinutesDto>('GET', '/minutes', team.leo.cookie)).body;
    expect(frozen.minutes.seriesTitle).toBe(series.title);
    expect(frozen.minutes.decisions.map((d) => d.text)).toEqual(['Ship by air']);
    expect(frozen.minutes.actionItems).toMatchObject([
      {
        title: 'Book air freight',
        owner: { name: 'Leo Logistics' },
        dueDate: addDays(today(), 2),
        done: false,
      },
    ]);
    expect(frozen.minutes.attendees.map((a) => a.name).sort()).toEqual([
      'Leo Logistics',
      'Mia Manager',
    ]);
    expect(frozen.minutes.facilitator).toMatchObject({ name: 'Mia Manager' });

    // Later edits of the document...
    const decision = agendaItemDecision(notes.doc, first.id)!;
    decision.delete(0, decision.length);
    decision.insert(0, 'Ship by sea after all');
    updateActionItem(notes.doc, action.body.id, { title: 'Rewritten', done: true }, Date.now());
    await notes.waitForAck();
    // ...do not change the minutes.
    const later = (await meetingAt<MinutesDto>('GET', '/minutes', team.leo.cookie)).body;
    expect(later).toEqual(frozen);
    const again = await meetingAt<ApiError>('POST', '/end', team.admin.cookie);
    expect(again.status).toBe(409);

    const md = await meetingAt<string>('GET', '/minutes.md?locale=zh', team.leo.cookie);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.headers.get('content-disposition')).toContain('attachment');
    expect(md.body).toContain('Ship by air');
    expect(md.body).not.toContain('Ship by sea');
    expect(md.body).toContain('负责人: Leo Logistics');
    notes.destroy();
  });
});

describe('a server restart', () => {
  it('resumes a running meeting where the facilitator left it', async () => {
    const sqlite = await restartableServer('orderlane-meetings-restart-', { clientDist: null });
    const first = sqlite.first;
    const local: OrderlaneSocket[] = [];
    try {
      const mia = await registerAccount(first, { name: 'Mia Manager' });
      const orders = await seededOrderBoard(first, mia.cookie);
      await orders.add('production', 'production', { title: 'A', dueDate: addDays(today(), -1) });
      await orders.add('production', 'production', { title: 'B', dueDate: today() });
      orders.client.destroy();
      const series = await createSeries(first, mia.cookie, 'daily', [orders.id]);
      const meeting = await createMeeting(first, mia.cookie, series.id, { start: true });
      const target = { boardId: series.id, meetingId: meeting.id };
      const s1 = connectSocket(first.url, { cookie: mia.cookie, origin: first.origin });
      local.push(s1);
      await waitForConnect(s1);
      const advanced = ok(await emitMeeting(s1, 'meeting:advance', target));
      s1.disconnect();

      const second = await sqlite.restart();
      const s2 = connectSocket(second.url, { cookie: mia.cookie, origin: second.origin });
      local.push(s2);
      await waitForConnect(s2);
      const resumed = ok(await emitMeeting(s2, 'meeting:join', target));
      expect(resumed.status).toBe('running');
      expect(resumed.state).toEqual(advanced.state);
      const back = ok(
        await emitMeeting(s2, 'meeting:advance', { ...target, direction: 'previous' }),
      );
      expect(back.state.revision).toBeGreaterThan(advanced.state.revision);
    } finally {
      for (const s of local) s.disconnect();
      await sqlite.close();
    }
  });
});
