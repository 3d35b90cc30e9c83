/**
 * One meeting per series and day, over the real server: two "start today's standup" requests at
 * once make one meeting, and a request after its end answers the ended meeting, never a second.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDto, MeetingListDto } from '@orderlane/shared';
import { api } from '../support/accounts';
import { createSeries, meetingApi, today } from '../support/meetings';
import { startWithSeries } from '../support/meetingSeries';

const team = startWithSeries('orderlane-meetings-one-per-day-');

const post = (seriesId: string, cookie: string, body: object) =>
  api<MeetingDto>(team.server, 'POST', `/api/boards/${seriesId}/meetings`, { cookie, body });

const meetingsOf = async (seriesId: string) =>
  (
    await api<MeetingListDto>(team.server, 'GET', `/api/boards/${seriesId}/meetings`, {
      cookie: team.admin.cookie,
    })
  ).body.meetings;

describe('one meeting per series and day', () => {
  it('makes one meeting from two requests at once', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const [a, b] = await Promise.all([
      post(series.id, team.admin.cookie, { start: true }),
      post(series.id, team.leo.cookie, { start: true }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect((await meetingsOf(series.id)).map((m) => m.id)).toEqual([a.body.id]);
  });

  it('answers the ended meeting of the day with 200, started or not', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const first = await post(series.id, team.admin.cookie, { start: true });
    expect(first.status).toBe(201);
    const meetingAt = meetingApi(team.server, series.id, first.body.id);
    expect((await meetingAt('POST', '/end', team.admin.cookie)).status).toBe(200);

    for (const body of [{}, { start: true }, { date: today() }]) {
      const again = await post(series.id, team.leo.cookie, body);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, status: 'ended' });
    }
    expect((await meetingsOf(series.id)).map((m) => [m.id, m.status])).toEqual([
      [first.body.id, 'ended'],
    ]);
  });
});
