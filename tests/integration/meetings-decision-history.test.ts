/**
 * A decision taken in a meeting lands in the card's own history when the meeting ends: real
 * server (SQLite), real y-websocket client writing the decision, the card's history over HTTP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  agendaItemDecision,
  type AgendaDto,
  type CardTimelineDto,
  type MeetingDto,
} from '@orderlane/shared';
import { api } from '../support/accounts';
import { createMeeting, createSeries, meetingApi, today } from '../support/meetings';
import { startWithSeries } from '../support/meetingSeries';
import { connectBoard } from '../support/yjsClient';

const team = startWithSeries('orderlane-decision-history-');

beforeAll(async () => {
  await team.board.add('production', 'production', {
    title: 'Socks',
    dueDate: addDays(today(), -1),
  });
});

describe('decisions on the card timeline', () => {
  it('ending a meeting records each decision on a card in that card’s history', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id, { start: true });
    const meetingAt = meetingApi(team.server, series.id, meeting.id);
    const agenda = (await meetingAt<AgendaDto>('GET', '/agenda', team.admin.cookie)).body;
    const item = agenda.items.find((i) => i.card?.title === 'Socks')!;
    expect(item.card).toBeTruthy();
    const notes = connectBoard(team.server.url, series.id, {
      cookie: team.leo.cookie,
      origin: team.server.origin,
    });
    await notes.waitForSync();
    agendaItemDecision(notes.doc, item.id)!.insert(0, 'Ship by air');
    await notes.waitForAck();

    const historyOf = async () =>
      (
        await api<CardTimelineDto>(
          team.server,
          'GET',
          `/api/boards/${item.card!.boardId}/cards/${item.card!.cardId}/history`,
          { cookie: team.leo.cookie },
        )
      ).body.items.flatMap((i) => (i.kind === 'change' ? [i.change] : []));
    expect((await historyOf()).some((c) => c.type === 'decision')).toBe(false);

    const ended = await meetingAt<MeetingDto>('POST', '/end', team.admin.cookie);
    expect(ended.status).toBe(200);
    const decisions = (await historyOf()).filter((c) => c.type === 'decision');
    expect(decisions).toMatchObject([
      { type: 'decision', from: meeting.date, to: 'Ship by air', actorId: team.admin.me.user.id },
    ]);
    notes.destroy();
  });
});
