/**
 * Meeting agendas over the real server: the daily agenda lists exactly the cards that are due,
 * overdue or flagged, lane by lane, from the LIVE order board, and follows a card moved after the
 * meeting opened; open action items are carried into the next meeting with their count.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  LANE_ROLE_KEYS,
  type ActionItem,
  type ActionItemAssignedEvent,
  type AgendaDto,
  type ApiError,
  type CardActionItemDto,
  type MeetingListDto,
} from '@orderlane/shared';
import { api, registerAccount } from '../support/accounts';
import { createMeeting, createSeries, today, type SeededBoard } from '../support/meetings';
import { startWithSeries } from '../support/meetingSeries';
import { waitFor } from '../support/yjsClient';

const team = startWithSeries('orderlane-meetings-');

const agendaOf = async (seriesId: string, meetingId: string) => {
  const res = await api<AgendaDto>(
    team.server,
    'GET',
    `/api/boards/${seriesId}/meetings/${meetingId}/agenda`,
    {
      cookie: team.admin.cookie,
    },
  );
  expect(res.status).toBe(200);
  return res.body;
};

/** card id → section key of the agenda's card items */
const cardSections = (agenda: AgendaDto) =>
  Object.fromEntries(
    agenda.items.filter((i) => i.kind === 'card').map((i) => [i.card!.cardId, i.sectionKey]),
  );

describe('daily agenda', () => {
  it('lists exactly the overdue, due-soon and flagged cards of each lane, and follows a moved card', async () => {
    const day = today();
    const laneKey = (role: Parameters<SeededBoard['lane']>[0]) =>
      `lane:${team.board.id}:${team.board.lane(role)}`;
    const overdue = await team.board.add('production', 'production', {
      title: 'Socks',
      dueDate: addDays(day, -2),
    });
    const dueToday = await team.board.add('shipping', 'logistics', { title: 'Mugs', dueDate: day });
    const dueTomorrow = await team.board.add('procurement', 'purchasing', {
      title: 'Fabric',
      dueDate: addDays(day, 1),
    });
    const flagged = await team.board.add('inspection', 'qc', {
      title: 'Towels',
      risks: [{ kind: 'quality', severity: 'high', note: 'AQL failed' }],
    });
    await team.board.add('production', 'production', { title: 'Later', dueDate: addDays(day, 5) });
    await team.board.add('done', 'finance', { title: 'Closed', dueDate: addDays(day, -30) });
    const quiet = await team.board.add('inquiry', 'sales', { title: 'Quiet' });

    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id, {
      date: day,
      start: true,
    });
    expect(meeting).toMatchObject({
      status: 'running',
      date: day,
      facilitatorId: team.admin.me.user.id,
    });

    const agenda = await agendaOf(series.id, meeting.id);
    expect(cardSections(agenda)).toEqual({
      [overdue]: laneKey('production'),
      [dueToday]: laneKey('logistics'),
      [dueTomorrow]: laneKey('purchasing'),
      [flagged]: laneKey('qc'),
    });
    const reasons = Object.fromEntries(agenda.items.map((i) => [i.card?.cardId, i.reasons]));
    expect(reasons[overdue]).toEqual(['overdue']);
    expect(reasons[dueToday]).toEqual(['dueToday']);
    expect(reasons[dueTomorrow]).toEqual(['dueTomorrow']);
    expect(reasons[flagged]).toEqual(['flagged']);
    // Started: the items are in the meeting document, the lanes in board order.
    expect(agenda.items.every((i) => i.stored)).toBe(true);
    expect(agenda.sections.filter((s) => s.kind === 'lane').map((s) => s.role)).toEqual(
      LANE_ROLE_KEYS,
    );

    // Someone drags the overdue order to QC after the meeting opened: the agenda shows it there.
    await team.board.move(overdue, 'inspection', 'qc');
    const moved = await waitFor(
      async () => {
        const a = await agendaOf(series.id, meeting.id);
        return cardSections(a)[overdue] === laneKey('qc') ? a : null;
      },
      10_000,
      'the moved card in its new lane',
    );
    const item = moved.items.find((i) => i.card?.cardId === overdue)!;
    expect(item.card).toMatchObject({ stage: 'inspection', laneRole: 'qc', title: 'Socks' });
    expect(item.id).toBe(agenda.items.find((i) => i.card?.cardId === overdue)!.id);

    // A card flagged after the start joins the live agenda too.
    const late = await team.board.add('shipping', 'logistics', {
      title: 'Chairs',
      risks: [{ kind: 'logistics', severity: 'medium', note: 'no space' }],
    });
    const withLate = await agendaOf(series.id, meeting.id);
    expect(cardSections(withLate)[late]).toBe(laneKey('logistics'));

    // The next standup brings up what moved since this one, from the card history log.
    await team.board.move(quiet, 'quotation', 'sales');
    const end = await api(
      team.server,
      'POST',
      `/api/boards/${series.id}/meetings/${meeting.id}/end`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(end.status).toBe(200);
    const next = await createMeeting(team.server, team.admin.cookie, series.id, {
      date: addDays(day, 1),
    });
    const nextAgenda = await waitFor(
      async () => {
        const a = await agendaOf(series.id, next.id);
        return a.items.some((i) => i.card?.cardId === quiet) ? a : null;
      },
      10_000,
      'the moved card on the next standup',
    );
    expect(nextAgenda.items.find((i) => i.card?.cardId === quiet)!.reasons).toEqual(['moved']);
    expect(nextAgenda.caveats).not.toContain('movesApproximate');
  });

  it('refuses bad input and other workspaces', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const bad = await api<ApiError>(team.server, 'POST', `/api/boards/${series.id}/meetings`, {
      cookie: team.admin.cookie,
      body: { date: 'tomorrow' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const onOrders = await api<ApiError>(
      team.server,
      'GET',
      `/api/boards/${team.board.id}/meetings`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(onOrders.status).toBe(400);
    const outsider = await registerAccount(team.server, { name: 'Olga Outsider' });
    const hidden = await api<ApiError>(team.server, 'GET', `/api/boards/${series.id}/meetings`, {
      cookie: outsider.cookie,
    });
    expect(hidden.status).toBe(404);
    const noSuchMeeting = await api<ApiError>(
      team.server,
      'GET',
      `/api/boards/${series.id}/meetings/nope/agenda`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(noSuchMeeting.status).toBe(404);
    const sourceIsMeeting = await api<ApiError>(team.server, 'POST', '/api/boards', {
      cookie: team.admin.cookie,
      body: { title: 'x', kind: 'meeting', cadence: 'weekly', sourceBoardIds: [series.id] },
    });
    expect(sourceIsMeeting.status).toBe(400);
  });
});

describe('action items', () => {
  it('carries an open item into the next meetings with its count, not a done one, and notifies the owner', async () => {
    const day = today();
    const card = await team.board.add('shipping', 'logistics', { title: 'Lamps' });
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const leoSocket = await team.socketOf(team.leo.cookie);
    const assigned: ActionItemAssignedEvent[] = [];
    leoSocket.on('actionItem:assigned', (e) => assigned.push(e));

    const first = await createMeeting(team.server, team.admin.cookie, series.id, {
      date: addDays(day, -1),
      start: true,
    });
    const create = (title: string, extra: object = {}) =>
      api<ActionItem>(
        team.server,
        'POST',
        `/api/boards/${series.id}/meetings/${first.id}/action-items`,
        {
          cookie: team.admin.cookie,
          body: { title, ownerId: team.leo.me.user.id, dueDate: addDays(day, 2), ...extra },
        },
      );
    const open = await create('Book space with the forwarder', {
      boardId: team.board.id,
      cardId: card,
    });
    expect(open.status).toBe(201);
    const done = await create('Send the packing list');
    expect(done.status).toBe(201);
    await waitFor(() => assigned.length === 2, 10_000, 'both owner notifications');
    expect(assigned.map((a) => a.actionItem.title).sort()).toEqual([
      'Book space with the forwarder',
      'Send the packing list',
    ]);

    const patched = await api<ActionItem>(
      team.server,
      'PATCH',
      `/api/boards/${series.id}/meetings/${first.id}/action-items/${done.body.id}`,
      {
        cookie: team.leo.cookie,
        body: { done: true },
      },
    );
    expect(patched.body).toMatchObject({ done: true });
    expect(
      (
        await api(team.server, 'POST', `/api/boards/${series.id}/meetings/${first.id}/end`, {
          cookie: team.admin.cookie,
        })
      ).status,
    ).toBe(200);

    const second = await createMeeting(team.server, team.admin.cookie, series.id, { date: day });
    const carried = (await agendaOf(series.id, second.id)).items.filter((i) => i.kind === 'action');
    expect(
      carried.map((i) => [i.actionItem!.id, i.actionItem!.carriedCount, i.sectionKey]),
      // Walked with its card, in the card's lane.
    ).toEqual([[open.body.id, 1, `lane:${team.board.id}:${team.board.lane('logistics')}`]]);
    await api(team.server, 'POST', `/api/boards/${series.id}/meetings/${second.id}/start`, {
      cookie: team.admin.cookie,
    });
    await api(team.server, 'POST', `/api/boards/${series.id}/meetings/${second.id}/end`, {
      cookie: team.admin.cookie,
    });

    const third = await createMeeting(team.server, team.admin.cookie, series.id, {
      date: addDays(day, 1),
    });
    const again = (await agendaOf(series.id, third.id)).items.filter((i) => i.kind === 'action');
    expect(again.map((i) => [i.actionItem!.id, i.actionItem!.carriedCount])).toEqual([
      [open.body.id, 2],
    ]);

    // The card shows the action item decided about it.
    const onCard = await api<{ items: CardActionItemDto[] }>(
      team.server,
      'GET',
      `/api/boards/${team.board.id}/cards/${card}/action-items`,
      { cookie: team.leo.cookie },
    );
    expect(onCard.body.items.map((i) => [i.id, i.meetingBoardId])).toEqual([
      [open.body.id, series.id],
    ]);

    // The series lists its meetings newest first, with their minutes' figures once ended.
    const list = await api<MeetingListDto>(
      team.server,
      'GET',
      `/api/boards/${series.id}/meetings`,
      {
        cookie: team.admin.cookie,
      },
    );
    expect(list.body.meetings.map((m) => [m.id, m.status, m.minutes?.actionItems ?? null])).toEqual(
      [
        [third.id, 'planned', null],
        [second.id, 'ended', 0],
        [first.id, 'ended', 2],
      ],
    );
  });

  it('refuses an owner from elsewhere and a card of another board kind', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'weekly', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id);
    const outsider = await registerAccount(team.server, { name: 'Olga Outsider' });
    const url = `/api/boards/${series.id}/meetings/${meeting.id}/action-items`;
    const foreignOwner = await api<ApiError>(team.server, 'POST', url, {
      cookie: team.admin.cookie,
      body: { title: 'x', ownerId: outsider.me.user.id, dueDate: today() },
    });
    expect(foreignOwner.status).toBe(400);
    const badCard = await api<ApiError>(team.server, 'POST', url, {
      cookie: team.admin.cookie,
      body: {
        title: 'x',
        ownerId: team.leo.me.user.id,
        dueDate: today(),
        boardId: series.id,
        cardId: 'abc',
      },
    });
    expect(badCard.status).toBe(400);
    const halfCard = await api<ApiError>(team.server, 'POST', url, {
      cookie: team.admin.cookie,
      body: { title: 'x', ownerId: team.leo.me.user.id, dueDate: today(), boardId: team.board.id },
    });
    expect(halfCard.status).toBe(400);
  });
});

describe('a standup fitted to its planned length', () => {
  it('answers plannedSeconds, items within it and the rest in overflow, each card once', async () => {
    const day = today();
    const added: string[] = [];
    for (let i = 0; i < 20; i++)
      added.push(
        await team.board.add('production', 'production', {
          title: `Overdue ${i}`,
          dueDate: addDays(day, -1 - i),
        }),
      );
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id, { date: day });
    const agenda = await agendaOf(series.id, meeting.id);
    expect(agenda.plannedSeconds).toBe(900);
    expect(agenda.items.reduce((sum, i) => sum + i.timeboxSeconds, 0)).toBeLessThanOrEqual(900);
    expect(agenda.overflow.length).toBeGreaterThan(0);
    const onAgenda = agenda.items.filter((i) => i.card).map((i) => i.card!.cardId);
    const overflown = agenda.overflow.map((o) => o.cardId);
    for (const id of added)
      expect(
        onAgenda.filter((c) => c === id).length + overflown.filter((c) => c === id).length,
      ).toBe(1);
    expect(agenda.overflow.find((o) => o.cardId === added[0])?.reasons).toContain('overdue');
  });
});
