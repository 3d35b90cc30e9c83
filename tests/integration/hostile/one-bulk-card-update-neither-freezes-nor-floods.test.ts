/**
 * One Yjs update that adds thousands of cards owned by a colleague. Its card
 * activity (history, follows, notifications) is stored in chunks with the event loop free in
 * between, so /api/health answers while it is written; and past CARD_ACTIVITY_CARDS_PER_UPDATE
 * cards the update causes no more activity, while the board keeps every card.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { cardsMap, type CardHistoryEntryDto } from '@orderlane/shared';
import {
  ACTIVITY_CHUNK_CARDS,
  CARD_ACTIVITY_CARDS_PER_UPDATE,
  NOTIFICATION_BUDGET,
} from '@orderlane/server';
import { addMember, createBoard, registerAccount } from '../../support/accounts';
import { bulkCardsMessage } from '../../support/bulkCards';
import { cardMap, inbox } from '../../support/cardActivity';
import { startTestServer, tempDir, type TestServer } from '../../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../../support/socketClient';
import {
  connectBoard,
  rawBoardSocket,
  waitFor,
  type BoardClient,
  type RawBoardSocket,
} from '../../support/yjsClient';

let server: TestServer;
const data = tempDir('orderlane-bulk-');
const open: { clients: BoardClient[]; raws: RawBoardSocket[]; sockets: OrderlaneSocket[] } = {
  clients: [],
  raws: [],
  sockets: [],
};

beforeAll(async () => {
  server = await startTestServer({ sqliteDir: data.dir, clientDist: null });
});
afterEach(() => {
  for (const c of open.clients.splice(0)) c.destroy();
  for (const r of open.raws.splice(0)) r.ws.close();
  for (const s of open.sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await server?.close();
  data.remove();
});

/** A sender, a colleague who owns the new cards, a board, and a synced copy of it. */
async function setUp() {
  const sender = await registerAccount(server, { name: 'Bulk Sender' });
  const colleague = await addMember(server, sender.cookie, 'logistics', 'member', 'Colleague');
  const board = await createBoard(server, sender.cookie, { title: 'Bulk', kind: 'orders' });
  const headers = { cookie: sender.cookie, origin: server.origin };
  const reader = connectBoard(server.url, board.id, headers);
  open.clients.push(reader);
  await reader.waitForSync();
  const raw = rawBoardSocket(server.url, board.id, headers);
  open.raws.push(raw);
  expect(await raw.status).toBe(101);
  return { sender, colleague, board, headers, reader, raw };
}

/** A socket.io connection viewing the board: what it hears, in order, goes into `log`. */
async function watchHistory(cookie: string, boardId: string, log: string[]) {
  const socket = connectSocket(server.url, { cookie, origin: server.origin });
  open.sockets.push(socket);
  const entries: CardHistoryEntryDto[] = [];
  socket.on('card:history', (batch) => {
    entries.push(...batch);
    log.push('history');
  });
  await waitForConnect(socket);
  expect(await new Promise((r) => socket.emit('board:join', boardId, r))).toEqual({ ok: true });
  return entries;
}

describe('one update that adds thousands of cards', () => {
  it('lets /api/health answer while its card activity is being written', async () => {
    const cards = 5_000;
    const { sender, colleague, board, reader, raw } = await setUp();
    const log: string[] = [];
    const entries = await watchHistory(sender.cookie, board.id, log);
    const { message } = bulkCardsMessage(reader.doc, cards, colleague.me.user.id);
    // Each recorded card: `created` and `owner`.
    const expected = 2 * Math.min(cards, CARD_ACTIVITY_CARDS_PER_UPDATE);
    expect(expected / 2).toBeGreaterThan(ACTIVITY_CHUNK_CARDS); // more than one chunk

    raw.ws.send(message);
    while (entries.length < expected) {
      const res = await fetch(`${server.url}/api/health`);
      expect(await res.json()).toEqual({ ok: true });
      log.push('health');
      if (log.length > 100_000) throw new Error('the history never arrived');
    }
    await waitFor(() => entries.length >= expected, 30_000, 'all card history');

    // Health was answered after the first stored chunk and before the last one.
    const first = log.indexOf('history');
    const last = log.lastIndexOf('history');
    const between = log.slice(first, last).filter((e) => e === 'health').length;
    expect(between).toBeGreaterThan(0);
    expect(entries).toHaveLength(expected);
  });

  it('records at most the cap of cards and notifies within the budget; the board keeps every card', async () => {
    const cards = 20_000;
    const { sender, colleague, board, headers, reader, raw } = await setUp();
    const log: string[] = [];
    const entries = await watchHistory(sender.cookie, board.id, log);
    const { message, cardIds } = bulkCardsMessage(reader.doc, cards, colleague.me.user.id, {
      placed: false,
    });
    raw.ws.send(message);
    await waitFor(() => cardsMap(reader.doc).size >= cards, 60_000, 'every card on the board');

    // A later change of a card past the cap is recorded as usual, as a change, not a creation;
    // it also marks the end: history is stored in the order the document changed.
    const lastCard = cardIds.at(-1)!;
    cardMap(reader, lastCard as never).set('priority', 'high');
    await reader.waitForAck();
    await waitFor(
      () => entries.find((h) => h.cardId === lastCard && h.type === 'priority'),
      60_000,
      'the marker change in the history',
    );

    const rows = await server.storage.activity.listBoardHistory(board.id);
    const recordedCards = new Set(rows.filter((r) => r.type === 'created').map((r) => r.cardId));
    expect(recordedCards.size).toBe(CARD_ACTIVITY_CARDS_PER_UPDATE);
    expect(rows).toHaveLength(2 * CARD_ACTIVITY_CARDS_PER_UPDATE + 1);
    expect(rows.filter((r) => r.cardId === lastCard).map((r) => r.type)).toEqual(['priority']);

    const colleagueInbox = await inbox(server, {
      cookie: colleague.cookie,
      id: colleague.me.user.id,
      name: 'Colleague',
    });
    expect(colleagueInbox.unread).toBeGreaterThan(0);
    expect(colleagueInbox.unread).toBeLessThanOrEqual(NOTIFICATION_BUDGET.capacity);

    // Everyone who opens the board gets all 20,000 cards.
    const fresh = connectBoard(server.url, board.id, headers);
    open.clients.push(fresh);
    await fresh.waitForSync(60_000);
    expect(cardsMap(fresh.doc).size).toBe(cards);
    expect((cardsMap(fresh.doc).get(lastCard) as Y.Map<unknown>).get('ownerId')).toBe(
      colleague.me.user.id,
    );
  });
});
