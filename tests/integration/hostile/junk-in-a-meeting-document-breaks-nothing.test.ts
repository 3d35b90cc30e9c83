/**
 * One junk value a member's peer writes into a meeting document (a number, a
 * string, null, a Y.Array, a Y.Text where an entry map belongs) breaks nothing for anyone
 * else. With junk in every root (`meetings`, `agendaItems`, `actionItems`, under valid and
 * invalid ids), the series list, the agenda, starting, stepping, ending, the minutes and the
 * card's action items on the order board all still answer; a Y.Array swapped in for the
 * current agenda item does not break `meeting:advance`.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDays,
  type AgendaDto,
  type CardActionItemDto,
  type MeetingAck,
  type MeetingDto,
  type MeetingListDto,
  type MinutesDto,
} from '@orderlane/shared';
import { api } from '../../support/accounts';
import { createMeeting, createSeries, emitMeeting, today } from '../../support/meetings';
import { startWithSeries } from '../../support/meetingSeries';
import { connectBoard, type BoardClient } from '../../support/yjsClient';

const ROOTS = ['meetings', 'agendaItems', 'actionItems'] as const;
/** Everything a peer can put where an entry map belongs. */
const JUNK: [string, () => unknown][] = [
  ['junkNumber', () => 7],
  ['junkString', () => 'entry'],
  ['junkNull', () => null],
  ['junkArray', () => Y.Array.from([1, 2])],
  ['junkText', () => new Y.Text('text')],
  ['bad id/with slash', () => new Y.Map()],
];

const team = startWithSeries('orderlane-hostile-meeting-junk-');

/** Leo's own peer on the series document. */
async function peerOf(seriesId: string): Promise<BoardClient> {
  const client = connectBoard(team.server.url, seriesId, {
    cookie: team.leo.cookie,
    origin: team.server.origin,
  });
  team.clients.push(client);
  await client.waitForSync();
  return client;
}

const accepted = (ack: MeetingAck) => (ack.ok ? 'accepted' : ack.error.code);

describe('junk in a meeting document', () => {
  it('breaks neither the list, agenda, start, advance, end, minutes nor card action items', async () => {
    const card = await team.board.add('production', 'production', {
      title: 'Socks',
      dueDate: addDays(today(), -1),
    });
    await team.board.add('production', 'production', { title: 'Mugs', dueDate: today() });
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id);
    const base = `/api/boards/${series.id}/meetings/${meeting.id}`;
    const get = <T>(path: string) =>
      api<T>(team.server, 'GET', path, { cookie: team.admin.cookie });
    const post = <T>(path: string, body: unknown = {}) =>
      api<T>(team.server, 'POST', path, { cookie: team.admin.cookie, body });
    const created = await post(`${base}/action-items`, {
      title: 'Call the mill',
      ownerId: team.leo.me.user.id,
      dueDate: today(),
      boardId: team.board.id,
      cardId: card,
    });
    expect(created.status).toBe(201);

    const peer = await peerOf(series.id);
    peer.doc.transact(() => {
      for (const root of ROOTS)
        for (const [id, value] of JUNK) peer.doc.getMap<unknown>(root).set(id, value());
    });
    await peer.waitForAck();

    const list = await get<MeetingListDto>(`/api/boards/${series.id}/meetings`);
    expect(list.status).toBe(200);
    expect(list.body.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect((await get<AgendaDto>(`${base}/agenda`)).status).toBe(200);
    const cardItems = await get<{ items: CardActionItemDto[] }>(
      `/api/boards/${team.board.id}/cards/${card}/action-items`,
    );
    expect(cardItems.status).toBe(200);
    expect(cardItems.body.items.map((i) => i.title)).toEqual(['Call the mill']);

    const started = await post<MeetingDto>(`${base}/start`);
    expect(started.status).toBe(200);
    const current = started.body.clock?.currentItemId;
    expect(current).toBeTruthy();

    // The current agenda item swapped for a Y.Array: the facilitator still steps on.
    peer.doc.getMap<unknown>('agendaItems').set(current!, Y.Array.from(['swapped']));
    await peer.waitForAck();
    const socket = await team.socketOf(team.admin.cookie);
    const target = { boardId: series.id, meetingId: meeting.id };
    expect(accepted(await emitMeeting(socket, 'meeting:advance', target))).toBe('accepted');
    expect(
      accepted(await emitMeeting(socket, 'meeting:advance', { ...target, direction: 'previous' })),
    ).toBe('accepted');

    expect((await post<MeetingDto>(`${base}/end`)).status).toBe(200);
    const minutes = await get<MinutesDto>(`${base}/minutes`);
    expect(minutes.status).toBe(200);
    expect(minutes.body.minutes.actionItems.map((a) => a.title)).toEqual(['Call the mill']);
    expect((await get(`${base}/minutes.md?locale=en`)).status).toBe(200);
  });
});
