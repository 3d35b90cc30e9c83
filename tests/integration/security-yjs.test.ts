/**
 * A hostile Yjs client: updates that are valid Yjs but junk for a board (a card whose position is
 * a number, a column that does not exist, a card that is not even a map, a number as the title).
 * The server stores them like any update; what matters is that nothing downstream breaks: other
 * clients keep syncing, the board still loads (also after its room unloads), every real card is
 * listed, and the card routes keep answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardsMap,
  columnsMap,
  getCard,
  lanesMap,
  listCards,
  listColumns,
  listLanes,
  metaMap,
  readMeta,
  type CardId,
} from '@orderlane/shared';
import { api, createBoard, registerAccount } from '../support/accounts';
import { addCardVia, closeAllClients, openBoard, type Person } from '../support/cardActivity';
import { serverPerFile } from '../support/server';
import { connectBoard, docAfterUnload, waitFor, type BoardClient } from '../support/yjsClient';

// Rooms unload quickly, so the test also sees the board reload from storage.
const server = serverPerFile({ clientDist: null, tunables: { roomUnloadMs: 150 } });
let person: Person;
let boardId: string;
const extra: BoardClient[] = [];

beforeAll(async () => {
  const account = await registerAccount(server, { name: 'Hal Hostile' });
  person = { cookie: account.cookie, id: account.me.user.id, name: 'Hal Hostile' };
  boardId = (await createBoard(server, person.cookie, { title: 'Orders', kind: 'orders' })).id;
});

afterAll(() => {
  closeAllClients();
  for (const c of extra) c.destroy();
});

describe('junk written through the Yjs endpoint', () => {
  it('never breaks loading, listing or the card routes', async () => {
    const honest = await openBoard(server, boardId, person);
    const good = await addCardVia(honest, 'PO-good');

    const hostile = await openBoard(server, boardId, person);
    hostile.doc.transact(() => {
      const weird = new Y.Map<unknown>();
      weird.set('position', 5);
      weird.set('columnId', 'nowhere');
      weird.set('laneId', { evil: true });
      weird.set('title', 42);
      weird.set('risks', 'not a list');
      weird.set('quantity', -3);
      cardsMap(hostile.doc).set('weird', weird);
      (cardsMap(hostile.doc) as Y.Map<unknown>).set('notamap', 'just a string');
      (cardsMap(hostile.doc) as Y.Map<unknown>).set('nullcard', null);
      (columnsMap(hostile.doc) as Y.Map<unknown>).set('badcolumn', 7);
      (lanesMap(hostile.doc) as Y.Map<unknown>).set('badlane', ['x']);
      metaMap(hostile.doc).set('title', { html: '<script>alert(1)</script>' });
    });
    await hostile.waitForAck();

    // The honest client still syncs both ways.
    const after = await addCardVia(honest, 'PO-after');
    await waitFor(() => getCard(hostile.doc, after), 10_000, 'card after the junk');

    const expectReadable = (doc: Y.Doc) => {
      const cards = listCards(doc);
      const ids = cards.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining([good, after, 'weird']));
      const weird = cards.find((c) => c.id === 'weird')!;
      expect(typeof weird.position).toBe('string');
      expect(typeof weird.title).toBe('string');
      expect(Array.isArray(weird.risks)).toBe(true);
      expect(typeof readMeta(doc).title).toBe('string');
      expect(listColumns(doc).length).toBeGreaterThan(0);
      expect(listLanes(doc).length).toBeGreaterThan(0);
    };

    // A late joiner loads and lists every card.
    const late = connectBoard(server.url, boardId, {
      cookie: person.cookie,
      origin: server.origin,
    });
    extra.push(late);
    await late.waitForSync();
    expectReadable(late.doc);

    // The card routes keep answering about real and junk cards alike.
    const path = (card: string) => `/api/boards/${boardId}/cards/${card}`;
    const ok = await api(server, 'POST', `${path(good)}/comments`, {
      cookie: person.cookie,
      body: { body: 'still works' },
    });
    expect(ok.status).toBe(201);
    const junk = await api(server, 'POST', `${path('notamap')}/comments`, {
      cookie: person.cookie,
      body: { body: 'on junk' },
    });
    expect(junk.status).toBe(404);
    expect(
      (await api(server, 'GET', `${path('weird')}/history`, { cookie: person.cookie })).status,
    ).toBe(200);

    // Everyone leaves; the room unloads; the board loads again from storage, whole.
    closeAllClients();
    late.destroy();
    extra.length = 0;
    expectReadable(await docAfterUnload(server.storage, boardId));
    const reopened = await openBoard(server, boardId, person);
    expectReadable(reopened.doc);
    const again = await api(server, 'POST', `${path(after)}/comments`, {
      cookie: person.cookie,
      body: { body: 'after reload' },
    });
    expect(again.status).toBe(201);
    expect(getCard(reopened.doc, good as CardId)?.title).toBe('PO-good');
  });
});
