/**
 * A board's title and a series' linked boards are the SQL row's; the document's `meta.title` and
 * `meta.sourceBoardIds` only mirror them (docs/board-document.md). A member's client that
 * rewrites the mirror is put right by the server at once, and a wrong mirror already stored is
 * put right when the room loads, so no screen holding the document keeps showing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, readMeta, readSourceBoardIds } from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../../support/accounts';
import { createSeries } from '../../support/meetings';
import { startTestServer, type TestServer } from '../../support/server';
import { connectBoard, docFromStored, waitFor, type BoardClient } from '../../support/yjsClient';

let server: TestServer;
let admin: Awaited<ReturnType<typeof registerAccount>>;
let member: Awaited<ReturnType<typeof registerAccount>>;
const clients: BoardClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ clientDist: null });
  admin = await registerAccount(server, { name: 'Amy Admin' });
  member = await addMember(server, admin.cookie, 'sales', 'member', 'Hal Hostile');
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

async function open(cookie: string, boardId: string): Promise<BoardClient> {
  const client = connectBoard(server.url, boardId, { cookie, origin: server.origin });
  clients.push(client);
  await client.waitForSync();
  return client;
}

/** The reader has everything the writer wrote (not only the server's answer to it). */
const hasAllOf = (reader: BoardClient, writer: BoardClient) =>
  Y.getState(reader.doc.store, writer.doc.clientID) >= writer.localClock();

describe("the document's mirror of the board row", () => {
  it("is put back at once when a member's client rewrites the title", async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Q3 orders', kind: 'orders' });
    const hostile = await open(member.cookie, board.id);
    const reader = await open(admin.cookie, board.id);

    metaMap(hostile.doc).set('title', 'Hijacked');
    await hostile.waitForAck();
    await waitFor(
      () => hasAllOf(reader, hostile) && readMeta(reader.doc).title === 'Q3 orders',
      5_000,
      "the reader's title back to the row's, with the hostile write received",
    );
    await waitFor(() => readMeta(hostile.doc).title === 'Q3 orders', 5_000, 'hostile told too');

    // Stored, and written once: the server's own repair does not trigger another one.
    const { lastSeq } = await server.storage.documents.load(board.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await server.storage.documents.load(board.id);
    expect(stored.lastSeq).toBe(lastSeq);
    expect(readMeta(docFromStored(stored)).title).toBe('Q3 orders');

    // A rename through the API still renames: the row moved, and the mirror follows it.
    const renamed = await api(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
      body: { title: 'Q4 orders' },
    });
    expect(renamed.status).toBe(200);
    await waitFor(() => readMeta(reader.doc).title === 'Q4 orders', 5_000, 'the rename shown');
  });

  it("is put back when a member's client rewrites a series' linked boards", async () => {
    const orders = await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' });
    const series = await createSeries(server, admin.cookie, 'daily', [orders.id]);
    const hostile = await open(member.cookie, series.id);
    const reader = await open(admin.cookie, series.id);

    metaMap(hostile.doc).set('sourceBoardIds', ['someone-elses-board']);
    await hostile.waitForAck();
    await waitFor(
      () =>
        hasAllOf(reader, hostile) &&
        JSON.stringify(readSourceBoardIds(reader.doc)) === JSON.stringify([orders.id]),
      5_000,
      "the reader's linked boards back to the row's",
    );
  });

  it('is put back when the room loads, if a wrong one was stored', async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Standup', kind: 'orders' });
    // A document stored with a rewritten mirror (e.g. from before the server repaired it).
    const doc = docFromStored(await server.storage.documents.load(board.id));
    const before = Y.encodeStateVector(doc);
    metaMap(doc).set('title', 'Hijacked');
    await server.storage.documents.append(board.id, [Y.encodeStateAsUpdate(doc, before)]);

    const reader = await open(admin.cookie, board.id);
    await waitFor(() => readMeta(reader.doc).title === 'Standup', 5_000, "the row's title");
    // Durable: the board as stored now holds the row's title.
    await waitFor(
      async () =>
        readMeta(docFromStored(await server.storage.documents.load(board.id))).title === 'Standup',
      5_000,
      'the repair stored',
    );
  });
});
