/**
 * Durable before visible, for the server's own changes: a `changeDocument` callback that throws
 * after writing part of its change. Whatever a client then sees (a connected one through the
 * broadcast, a late joiner through sync step 2) must be what storage holds, also after storage is
 * closed without compaction (as in a crash) and reopened. The half change is undone: the card keeps
 * its title and the card written before the throw exists nowhere.
 *
 * A real server creates the account and the board with one card, then stops; the test then drives
 * that board's Room itself on the same SQLite file, since no route's callback throws on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  listCards,
  listColumns,
  listLanes,
  type CardId,
  encodeSyncStep1,
} from '@orderlane/shared';
import {
  createLogger,
  Room,
  SqliteStorage,
  type AuthContext,
  type RoomSocket,
} from '@orderlane/server';
import { createBoard, registerAccount } from '../../support/accounts';
import { addCardVia, closeAllClients, openBoard } from '../../support/cardActivity';
import { startTestServer, tempDir } from '../../support/server';
import { docFromStored, updateOfMessage } from '../../support/yjsClient';

const data = tempDir('orderlane-half-change-');
let boardId: string;
let cardId: CardId;
let auth: AuthContext;
const storages: SqliteStorage[] = [];

beforeAll(async () => {
  const server = await startTestServer({ clientDist: null, sqliteDir: data.dir });
  const account = await registerAccount(server, { name: 'Sam Server' });
  const person = { cookie: account.cookie, id: account.me.user.id, name: 'Sam Server' };
  boardId = (await createBoard(server, person.cookie, { title: 'Orders', kind: 'orders' })).id;
  cardId = await addCardVia(await openBoard(server, boardId, person), 'PO-1');
  closeAllClients();
  await server.close();
  auth = {
    userId: person.id,
    name: person.name,
    workspaceId: account.me.workspace.id,
    role: 'manager',
    access: 'admin',
    sessionTokenHash: 'unused',
  };
});

afterAll(async () => {
  for (const storage of storages) await storage.close();
  data.remove();
});

function openStorage() {
  const storage = SqliteStorage.open(data.dir);
  storages.push(storage);
  return storage;
}

/** A client of the room: applies every update it is sent, after asking for the whole document. */
function connect(room: Room) {
  const doc = new Y.Doc();
  const socket: RoomSocket = {
    send: (message) => {
      const update = updateOfMessage(message);
      if (update) Y.applyUpdate(doc, update);
    },
    close: () => undefined,
  };
  room.handleConnection(socket, { auth, readOnly: false });
  room.handleMessage(socket, encodeSyncStep1(doc));
  return doc;
}

const cardsOf = (doc: Y.Doc) =>
  listCards(doc)
    .map((c) => ({ id: c.id, title: c.title }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('a server change that throws halfway', () => {
  it('is undone, and what any client sees is what storage holds', async () => {
    const storage = openStorage();
    const room = new Room({
      boardId,
      documents: storage.documents,
      logger: createLogger('silent'),
      compactAfterUpdates: 1000,
    });
    await room.whenReady();
    const connected = connect(room);
    await room.flush();
    expect(cardsOf(connected)).toEqual([{ id: cardId, title: 'PO-1' }]);

    const change = room.changeDocument((doc) => {
      (cardsMap(doc).get(cardId) as Y.Map<unknown>).set('title', 'PO-1 renamed');
      const [column] = listColumns(doc);
      const [lane] = listLanes(doc);
      addCard(
        doc,
        {
          id: 'half' as CardId,
          columnId: column!.id,
          laneId: lane!.id,
          position: 'a1',
          createdBy: null,
          title: 'Half',
        },
        Date.now(),
      );
      throw new Error('midway');
    }, auth);
    await expect(change).rejects.toThrow('midway');
    await room.flush();
    const lateJoiner = connect(room);
    await room.flush();

    const stored = docFromStored(await storage.documents.load(boardId));
    const expected = [{ id: cardId, title: 'PO-1' }];
    expect(cardsOf(room.doc)).toEqual(expected);
    expect(cardsOf(connected)).toEqual(expected);
    expect(cardsOf(lateJoiner)).toEqual(expected);
    expect(cardsOf(stored)).toEqual(expected);

    // A change that completes still goes through, stored before it is seen.
    await room.changeDocument((doc) => {
      (cardsMap(doc).get(cardId) as Y.Map<unknown>).set('title', 'PO-1 done');
    }, auth);
    expect(cardsOf(connected)).toEqual([{ id: cardId, title: 'PO-1 done' }]);

    // As in a crash: the storage closes under the room, without a compaction; then reopens.
    await storage.close();
    const reopened = docFromStored(await openStorage().documents.load(boardId));
    expect(cardsOf(reopened)).toEqual(cardsOf(connected));
    expect(Y.encodeStateVector(reopened)).toEqual(Y.encodeStateVector(room.doc));
  });
});
