/**
 * Live board sync through the real server: real y-websocket providers (Node `ws`) against
 * `/yjs/:boardId`, with session cookies, origins, roles and the durable echo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  CLOSE,
  getCard,
  listColumns,
  listLanes,
  makeId,
  MAX_YJS_MESSAGE_BYTES,
  moveCard,
  readMeta,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../support/accounts';
import { startTestServer, type TestServer } from '../support/server';
import {
  connectBoard,
  docFromStored,
  rawBoardSocket,
  updateOfMessage,
  waitFor,
  type BoardClient,
} from '../support/yjsClient';

let server: TestServer;
let adminCookie: string;
let boardId: string;
const clients: BoardClient[] = [];

function connect(cookie: string, options: { origin?: string } = {}) {
  const client = connectBoard(server.url, boardId, {
    cookie,
    origin: options.origin ?? server.origin,
  });
  clients.push(client);
  return client;
}

function newCard(doc: Y.Doc, title: string): CardId {
  const id = makeId(Math.random) as CardId;
  const column = listColumns(doc)[0]!;
  const lane = listLanes(doc)[0]!;
  addCard(
    doc,
    {
      id,
      title,
      columnId: column.id as ColumnId,
      laneId: lane.id as LaneId,
      position: 'a0',
      createdBy: null,
    },
    Date.now(),
  );
  return id;
}

async function storedDoc(): Promise<Y.Doc> {
  return docFromStored(await server.storage.documents.load(boardId));
}

beforeAll(async () => {
  // Rooms unload quickly here, so a test can watch a room flush, compact and reload.
  process.env.ORDERLANE_ROOM_UNLOAD_MS = '150';
  server = await startTestServer();
  delete process.env.ORDERLANE_ROOM_UNLOAD_MS;
  const admin = await registerAccount(server, { name: 'Amy Admin' });
  adminCookie = admin.cookie;
  boardId = (await createBoard(server, adminCookie, { title: 'Spring orders', kind: 'orders' })).id;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

describe('board sync', () => {
  it('two clients see each other’s creates and moves; a late joiner gets the whole board', async () => {
    const a = connect(adminCookie);
    const b = connect(adminCookie);
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    // The server created the board's columns and lanes; clients never create defaults.
    expect(listColumns(a.doc).length).toBeGreaterThan(1);
    expect(listLanes(b.doc).length).toBeGreaterThan(0);

    const cardId = newCard(a.doc, 'PO-1001 Hamburg chairs');
    await waitFor(() => getCard(b.doc, cardId)?.title === 'PO-1001 Hamburg chairs');

    const target = listColumns(b.doc)[2]!;
    const lane = listLanes(b.doc).at(-1)!;
    moveCard(b.doc, cardId, { columnId: target.id, laneId: lane.id }, Math.random, Date.now());
    await waitFor(() => getCard(a.doc, cardId)?.columnId === target.id);
    expect(getCard(a.doc, cardId)?.laneId).toBe(lane.id);

    const late = connect(adminCookie);
    await late.waitForSync();
    expect(getCard(late.doc, cardId)).toMatchObject({ columnId: target.id, laneId: lane.id });
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('echoes a writer’s own update back to it, and only once it is stored', async () => {
    const a = connect(adminCookie);
    await a.waitForSync();
    const before = a.ackedClock();
    const cardId = newCard(a.doc, 'PO-1002 echo');
    expect(a.localClock()).toBeGreaterThan(before);
    await a.waitForAck();
    expect(a.ackedClock()).toBeGreaterThanOrEqual(a.localClock());
    // The acknowledgement means durable: the stored log already holds the card.
    expect(getCard(await storedDoc(), cardId)?.title).toBe('PO-1002 echo');
  });

  it('relays a server-side change (a rename over HTTP) to every client, stored first', async () => {
    const a = connect(adminCookie);
    const b = connect(adminCookie);
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    const res = await api(server, 'PATCH', `/api/boards/${boardId}`, {
      cookie: adminCookie,
      body: { title: 'Summer orders' },
    });
    expect(res.status).toBe(200);
    await waitFor(() => readMeta(a.doc).title === 'Summer orders');
    await waitFor(() => readMeta(b.doc).title === 'Summer orders');
    expect(readMeta(await storedDoc()).title).toBe('Summer orders');
    const late = connect(adminCookie);
    await late.waitForSync();
    expect(readMeta(late.doc).title).toBe('Summer orders');
  });

  it('acknowledges an update the room already had by echoing it to its sender alone', async () => {
    const a = connect(adminCookie);
    await a.waitForSync();
    const updates: Uint8Array[] = [];
    a.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== a.provider) updates.push(update);
    });
    const cardId = newCard(a.doc, 'PO-1003 sent twice');
    await a.waitForAck();
    // A second connection resends the same update (as a client does after a lost echo).
    const raw = rawBoardSocket(server.url, boardId, { cookie: adminCookie });
    expect(await raw.status).toBe(101);
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0);
    syncProtocol.writeUpdate(message, updates[0]!);
    raw.ws.send(encoding.toUint8Array(message));
    const echoed = await waitFor(() =>
      raw.messages.map(updateOfMessage).find((u) => {
        if (!u) return false;
        const doc = new Y.Doc();
        Y.applyUpdate(doc, u);
        return cardsMap(doc).has(cardId);
      }),
    );
    expect(echoed).toBeTruthy();
    raw.ws.close();
  });
});

describe('room lifecycle', () => {
  it('unloads an idle room into one compacted snapshot and reloads it whole', async () => {
    const board = await createBoard(server, adminCookie, { title: 'Idle board', kind: 'orders' });
    const a = connectBoard(server.url, board.id, { cookie: adminCookie, origin: server.origin });
    await a.waitForSync();
    const ids: CardId[] = [];
    for (let i = 0; i < 5; i++) ids.push(newCard(a.doc, `PO-20${i}`));
    await a.waitForAck();
    expect((await server.storage.documents.load(board.id)).updates.length).toBeGreaterThan(0);
    a.destroy();
    // After the grace period the room flushes and compacts: the log is folded into the snapshot.
    const stored = await waitFor(async () => {
      const doc = await server.storage.documents.load(board.id);
      return doc.updates.length === 0 ? doc : null;
    });
    const fromSnapshot = docFromStored(stored);
    for (const id of ids) expect(getCard(fromSnapshot, id)).toBeDefined();
    const again = connectBoard(server.url, board.id, {
      cookie: adminCookie,
      origin: server.origin,
    });
    clients.push(again);
    await again.waitForSync();
    for (const id of ids) expect(getCard(again.doc, id)?.title).toMatch(/^PO-20/);
  });
});

describe('who may open a board', () => {
  it('refuses a client without a session cookie with 401 and sends nothing', async () => {
    const raw = rawBoardSocket(server.url, boardId, { origin: server.origin });
    expect(await raw.status).toBe(401);
    await raw.closed;
    expect(raw.messages).toHaveLength(0);
  });

  it('refuses a foreign Origin with 403 even with a valid cookie', async () => {
    const raw = rawBoardSocket(server.url, boardId, {
      cookie: adminCookie,
      origin: 'https://evil.example',
    });
    expect(await raw.status).toBe(403);
    await raw.closed;
    expect(raw.messages).toHaveLength(0);
  });

  it('answers 404 to a member of another workspace and for unknown boards', async () => {
    const stranger = await registerAccount(server, { name: 'Sam Stranger' });
    const raw = rawBoardSocket(server.url, boardId, {
      cookie: stranger.cookie,
      origin: server.origin,
    });
    expect(await raw.status).toBe(404);
    const unknown = rawBoardSocket(server.url, 'nosuchboard', { cookie: adminCookie });
    expect(await unknown.status).toBe(404);
    const bad = rawBoardSocket(server.url, 'bad%20id', { cookie: adminCookie });
    expect(await bad.status).toBe(404);
    expect(raw.messages).toHaveLength(0);
  });

  it('accepts a valid cookie with the server’s own Origin or none (a non-browser client)', async () => {
    const raw = rawBoardSocket(server.url, boardId, { cookie: adminCookie });
    expect(await raw.status).toBe(101);
    await waitFor(() => raw.messages.length > 0);
    raw.ws.close();
  });

  it('drops a viewer’s writes (never stored, never relayed) while a member’s reach everyone', async () => {
    const viewer = await addMember(server, adminCookie, 'finance', 'viewer', 'Vera Viewer');
    const member = await addMember(server, adminCookie, 'qc', 'member', 'Max Member');
    const watcher = connect(adminCookie);
    let step2Replies = 0;
    const v = connectBoard(server.url, boardId, {
      cookie: viewer.cookie,
      origin: server.origin,
      onMessage: (data) => {
        if (data[0] === 0 && data[1] === syncProtocol.messageYjsSyncStep2) step2Replies++;
      },
    });
    clients.push(v);
    const m = connect(member.cookie);
    await Promise.all([watcher.waitForSync(), v.waitForSync(), m.waitForSync()]);

    const viewerCard = newCard(v.doc, 'viewer wrote this');
    // Round trip on the viewer's own socket: once the server answers this step 1, it has
    // handled the viewer's update that was sent before it on the same socket.
    const repliesBefore = step2Replies;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, v.doc);
    v.provider.ws!.send(encoding.toUint8Array(encoder));
    await waitFor(() => step2Replies > repliesBefore, 10_000, 'step 2 reply to the viewer');

    const memberCard = newCard(m.doc, 'member wrote this');
    await m.waitForAck();
    await waitFor(() => getCard(watcher.doc, memberCard));
    await waitFor(() => getCard(v.doc, memberCard)); // viewers still receive everything
    // Updates are stored in arrival order: the member's is stored, so the viewer's never was.
    const stored = await storedDoc();
    expect(getCard(stored, memberCard)?.title).toBe('member wrote this');
    expect(getCard(stored, viewerCard)).toBeUndefined();
    expect(getCard(watcher.doc, viewerCard)).toBeUndefined();
    expect(getCard(m.doc, viewerCard)).toBeUndefined();
    // The viewer's write was never echoed: its own clock stays unacknowledged.
    expect(v.ackedClock()).toBeLessThan(v.localClock());

    // Viewers still take part in awareness (who is looking), and leave it when they go.
    v.provider.awareness.setLocalStateField('user', { name: 'Vera Viewer' });
    const seenBy = (client: BoardClient) =>
      (client.provider.awareness.getStates().get(v.doc.clientID) as { user?: { name: string } })
        ?.user?.name;
    await waitFor(() => seenBy(watcher) === 'Vera Viewer', 10_000, 'viewer awareness');
    v.provider.disconnect();
    await waitFor(() => !watcher.provider.awareness.getStates().has(v.doc.clientID));
  });
});

describe('bad messages close only their own connection', () => {
  it('closes an oversized message with 4413 while others keep syncing', async () => {
    const a = connect(adminCookie);
    const b = connect(adminCookie);
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    const raw = rawBoardSocket(server.url, boardId, { cookie: adminCookie });
    expect(await raw.status).toBe(101);
    raw.ws.send(new Uint8Array(MAX_YJS_MESSAGE_BYTES + 64));
    expect(await raw.closed).toBe(CLOSE.tooLarge);

    const cardId = newCard(a.doc, 'after the big one');
    await waitFor(() => getCard(b.doc, cardId));
    await a.waitForAck();
  });

  it('closes a garbage message with 4400, stores nothing of it, and the board still loads', async () => {
    const a = connect(adminCookie);
    const b = connect(adminCookie);
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    const cardsBefore = cardsMap(await storedDoc()).size;

    // A sync update whose payload is not a Yjs update.
    const garbageUpdate = encoding.createEncoder();
    encoding.writeVarUint(garbageUpdate, 0);
    encoding.writeVarUint(garbageUpdate, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(garbageUpdate, new Uint8Array([255, 255, 255, 255, 7, 1, 2, 3]));
    const raw1 = rawBoardSocket(server.url, boardId, { cookie: adminCookie });
    expect(await raw1.status).toBe(101);
    raw1.ws.send(encoding.toUint8Array(garbageUpdate));
    expect(await raw1.closed).toBe(CLOSE.badMessage);

    // Bytes that are not even a y-websocket message.
    const raw2 = rawBoardSocket(server.url, boardId, { cookie: adminCookie });
    expect(await raw2.status).toBe(101);
    raw2.ws.send(new Uint8Array([9, 9, 9, 9]));
    expect(await raw2.closed).toBe(CLOSE.badMessage);

    const cardId = newCard(a.doc, 'after the garbage');
    await a.waitForAck();
    await waitFor(() => getCard(b.doc, cardId));
    const stored = await server.storage.documents.load(boardId);
    for (const update of stored.updates) expect(() => Y.decodeUpdate(update)).not.toThrow();
    const doc = docFromStored(stored);
    expect(cardsMap(doc).size).toBe(cardsBefore + 1);
    expect(a.closeCodes).toEqual([]);
  });
});
