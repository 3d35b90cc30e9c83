/**
 * The browser's agenda equals the server's: `GET …/meetings/:m/history-events` hands the client
 * the card-history events the server's agenda rules read, and `computeAgenda` over the client's
 * inputs (the live documents through y-websocket, as the meeting page reads them, plus those
 * events) gives exactly the server's `GET …/agenda` items on the next standup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  computeAgenda,
  listActionItems,
  listAgendaItems,
  listCards,
  listColumns,
  listLanes,
  listMeetings,
  moveCard,
  readMeta,
  runsOfList,
  updateCard,
  withRuns,
  type AgendaDto,
  type AgendaView,
  type ApiError,
  type CardEvent,
  type MeetingHistoryEventsDto,
  type MeetingListDto,
  type SourceBoard,
} from '@orderlane/shared';
import { api, registerAccount } from '../support/accounts';
import { createMeeting, createSeries, seededOrderBoard, today } from '../support/meetings';
import { startTestServer, tempDir, type TestServer } from '../support/server';
import { connectBoard, waitFor, type BoardClient } from '../support/yjsClient';

let server: TestServer;
const dir = tempDir('orderlane-meeting-history-');
let admin: Awaited<ReturnType<typeof registerAccount>>;
const clients: BoardClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ sqliteDir: dir.dir, clientDist: null });
  admin = await registerAccount(server, { name: 'Mia Manager' });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  dir.remove();
});

const get = <T>(path: string, cookie = admin.cookie) => api<T>(server, 'GET', path, { cookie });

/** A fresh browser-like copy of a board: its own y-websocket provider, synced. */
async function liveDoc(boardId: string) {
  const client = connectBoard(server.url, boardId, {
    cookie: admin.cookie,
    origin: server.origin,
  });
  clients.push(client);
  await client.waitForSync();
  return client.doc;
}

/** What the meeting page computes (useLiveAgenda over useSeriesSnapshot + useSourceBoards). */
async function clientAgenda(
  seriesId: string,
  orderBoardId: string,
  meetingId: string,
  events: CardEvent[] | undefined,
  now: number,
): Promise<AgendaView> {
  const seriesDoc = await liveDoc(seriesId);
  const orderDoc = await liveDoc(orderBoardId);
  const boards: SourceBoard[] = [
    {
      id: orderBoardId,
      title: readMeta(orderDoc).title,
      columns: listColumns(orderDoc),
      lanes: listLanes(orderDoc),
      cards: listCards(orderDoc),
    },
  ];
  // The page overlays each meeting's run (status, start times) from the server's list.
  const list = await api<MeetingListDto>(server, 'GET', `/api/boards/${seriesId}/meetings`, {
    cookie: admin.cookie,
  });
  const meetings = withRuns(listMeetings(seriesDoc), runsOfList(list.body));
  return computeAgenda({
    cadence: readMeta(seriesDoc).cadence ?? 'daily',
    boards,
    today: meetings.find((m) => m.id === meetingId)!.date,
    now,
    meetings,
    meetingId,
    actionItems: listActionItems(seriesDoc),
    stored: listAgendaItems(seriesDoc),
    ...(events ? { events } : {}),
  })!;
}

const cardReasons = (items: AgendaView['items']) =>
  Object.fromEntries(items.filter((i) => i.card).map((i) => [i.card!.cardId, i.reasons]));

describe('meeting history events', () => {
  it("give the browser the server's moves, so its agenda equals the server's", async () => {
    const day = today();
    const board = await seededOrderBoard(server, admin.cookie);
    clients.push(board.client);
    const moved = await board.add('inquiry', 'sales', { title: 'Moved' });
    const edited = await board.add('inquiry', 'sales', { title: 'Edited' });
    await board.add('inquiry', 'sales', { title: 'Quiet' });
    const series = await createSeries(server, admin.cookie, 'daily', [board.id]);
    const first = await createMeeting(server, admin.cookie, series.id, {
      date: addDays(day, -1),
      start: true,
    });
    // Between the two standups: one card moves, another is only edited (not a move).
    moveCard(
      board.client.doc,
      moved,
      { columnId: board.column('quotation'), laneId: board.lane('sales') },
      Math.random,
      Date.now(),
    );
    updateCard(board.client.doc, edited, { title: 'Edited again' }, Date.now());
    await board.client.waitForAck();
    const end = await api(server, 'POST', `/api/boards/${series.id}/meetings/${first.id}/end`, {
      cookie: admin.cookie,
    });
    expect(end.status).toBe(200);
    const next = await createMeeting(server, admin.cookie, series.id, { date: day });

    const url = `/api/boards/${series.id}/meetings/${next.id}`;
    const history = await waitFor(
      async () => {
        const res = await get<MeetingHistoryEventsDto>(`${url}/history-events`);
        expect(res.status).toBe(200);
        return res.body.events?.some((e) => e.cardId === moved && e.kind === 'moved')
          ? res.body
          : null;
      },
      10_000,
      'the move in the history events',
    );
    const move = history.events!.find((e) => e.cardId === moved && e.kind === 'moved')!;
    expect(move).toMatchObject({ boardId: board.id, fromStage: 'inquiry', toStage: 'quotation' });
    expect(move.at).toBeGreaterThan(first.startedAt!);
    expect(history.events!.some((e) => e.cardId === edited && e.kind === 'moved')).toBe(false);

    const onServer = (await get<AgendaDto>(`${url}/agenda`)).body;
    expect(cardReasons(onServer.items)).toEqual({ [moved]: ['moved'] });

    const browser = await clientAgenda(
      series.id,
      board.id,
      next.id,
      history.events ?? undefined,
      onServer.serverNow,
    );
    expect(browser.items).toEqual(onServer.items);
    expect(browser.caveats).toEqual(onServer.caveats);

    // Without the events the browser would guess from edit times: the edited card too, "changed".
    const guessed = await clientAgenda(series.id, board.id, next.id, undefined, onServer.serverNow);
    expect(cardReasons(guessed.items)).toEqual({ [moved]: ['changed'], [edited]: ['changed'] });
  });

  it('checks membership, the series and the meeting', async () => {
    const board = await seededOrderBoard(server, admin.cookie);
    clients.push(board.client);
    const series = await createSeries(server, admin.cookie, 'weekly', [board.id]);
    const meeting = await createMeeting(server, admin.cookie, series.id);
    const path = (s: string, m: string) => `/api/boards/${s}/meetings/${m}/history-events`;
    const ok = await get<MeetingHistoryEventsDto>(path(series.id, meeting.id));
    expect(ok.status).toBe(200);
    expect(Array.isArray(ok.body.events)).toBe(true);
    expect(typeof ok.body.serverNow).toBe('number');

    const outsider = await registerAccount(server, { name: 'Olga Outsider' });
    const foreign = await get<ApiError>(path(series.id, meeting.id), outsider.cookie);
    expect(foreign.status).toBe(404);
    const anonymous = await api<ApiError>(server, 'GET', path(series.id, meeting.id));
    expect(anonymous.status).toBe(401);
    const noMeeting = await get<ApiError>(path(series.id, 'nope'));
    expect(noMeeting.status).toBe(404);
    expect(noMeeting.body.error.code).toBe('not_found');
    const badId = await get<ApiError>(path(series.id, 'bad%20id!'));
    expect(badId.status).toBe(404);
    const notSeries = await get<ApiError>(path(board.id, meeting.id));
    expect(notSeries.status).toBe(400);
  });
});
