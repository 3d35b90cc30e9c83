/**
 * A member's raw socket sends Yjs updates that decode but that Yjs throws on while integrating
 * (an item that is its own origin, its own parent, or refers to an item after it), in the same
 * tick as an honest member's card. The server refuses only the hostile socket (4400); the honest
 * card is acknowledged, reaches a third client, and survives compaction, unload and reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  CLOSE,
  getCard,
  listColumns,
  listLanes,
  type CardId,
  encodeUpdateMessage,
} from '@orderlane/shared';
import { createBoard, registerAccount } from '../../support/accounts';
import { closeAllClients, openBoard, type Person } from '../../support/cardActivity';
import { pendingPoison, POISONED_UPDATES } from '../../support/poisonedUpdates';
import { startTestServer, tempDir, type TestServer } from '../../support/server';
import {
  docAfterUnload,
  docFromStored,
  rawBoardSocket,
  waitFor,
  type BoardClient,
} from '../../support/yjsClient';

const data = tempDir('orderlane-poison-');
let server: TestServer;
let person: Person;
let boardId: string;
let honest: BoardClient;
let watcher: BoardClient;
const honestCards: { id: CardId; title: string }[] = [];
let hostileClientId = 900_000_000;

beforeAll(async () => {
  // Compacts every few updates and unloads quickly, so the test sees both.
  process.env.ORDERLANE_COMPACT_AFTER_UPDATES = '3';
  process.env.ORDERLANE_ROOM_UNLOAD_MS = '150';
  server = await startTestServer({ clientDist: null, sqliteDir: data.dir });
  delete process.env.ORDERLANE_COMPACT_AFTER_UPDATES;
  delete process.env.ORDERLANE_ROOM_UNLOAD_MS;
  const account = await registerAccount(server, { name: 'Hana Honest' });
  person = { cookie: account.cookie, id: account.me.user.id, name: 'Hana Honest' };
  boardId = (await createBoard(server, person.cookie, { title: 'Orders', kind: 'orders' })).id;
  honest = await openBoard(server, boardId, person);
  watcher = await openBoard(server, boardId, person);
});

afterAll(async () => {
  closeAllClients();
  await server?.close();
  data.remove();
});

/** Writes a card through the honest provider without waiting: its update leaves at once. */
function writeCard(title: string): CardId {
  const id = `poison${honestCards.length}x${Date.now().toString(36)}` as CardId;
  const [column] = listColumns(honest.doc);
  const [lane] = listLanes(honest.doc);
  addCard(
    honest.doc,
    { id, columnId: column!.id, laneId: lane!.id, position: 'a0', createdBy: null, title },
    Date.now(),
  );
  honestCards.push({ id, title });
  return id;
}

async function hostileSocket() {
  const raw = rawBoardSocket(server.url, boardId, { cookie: person.cookie, origin: server.origin });
  expect(await raw.status).toBe(101);
  await waitFor(() => raw.messages.length > 0, 10_000, 'the server greeting');
  let code: number | undefined;
  void raw.closed.then((c) => (code = c));
  return { ...raw, closeCode: () => code };
}

async function expectHonestCardEverywhere(id: CardId, title: string) {
  await honest.waitForAck();
  await waitFor(() => getCard(watcher.doc, id)?.title === title, 10_000, `${title} at the watcher`);
  const stored = docFromStored(await server.storage.documents.load(boardId));
  expect(getCard(stored, id)?.title).toBe(title);
}

describe('an update that decodes but does not apply', () => {
  for (const [kind, poison] of Object.entries(POISONED_UPDATES)) {
    it(`(${kind}) refuses its sender alone, in the same tick as an honest card`, async () => {
      const hostile = await hostileSocket();
      const title = `PO-${honestCards.length}`;
      // Same tick: both arrive in one poll phase and share one group commit.
      hostile.ws.send(encodeUpdateMessage(poison(++hostileClientId)));
      const id = writeCard(title);

      await expectHonestCardEverywhere(id, title);
      await waitFor(() => hostile.closeCode(), 10_000, 'the hostile socket closed');
      expect(hostile.closeCode()).toBe(CLOSE.badMessage);
      expect(honest.closeCodes).toEqual([]);
      expect(watcher.closeCodes).toEqual([]);
    });
  }

  it('held back as pending, never throws inside the honest edit it waits for', async () => {
    const hostile = await hostileSocket();
    // Waits for an item the honest client is about to write, then would throw inside its update.
    const next = [honest.doc.clientID, honest.localClock() + 1] as const;
    hostile.ws.send(encodeUpdateMessage(pendingPoison(++hostileClientId, next)));
    await waitFor(() => hostile.closeCode(), 10_000, 'the hostile socket closed');
    expect(hostile.closeCode()).toBe(CLOSE.badMessage);

    const title = `PO-${honestCards.length}`;
    const id = writeCard(title);
    await expectHonestCardEverywhere(id, title);
    expect(honest.closeCodes).toEqual([]);
    expect(watcher.closeCodes).toEqual([]);
  });

  it('leaves every honest card in storage through compaction, unload and reload', async () => {
    closeAllClients();
    const stored = await docAfterUnload(server.storage, boardId);
    const reopened = await openBoard(server, boardId, person);
    expect(honestCards.length).toBe(Object.keys(POISONED_UPDATES).length + 1);
    for (const { id, title } of honestCards) {
      expect(getCard(stored, id)?.title).toBe(title);
      expect(getCard(reopened.doc, id)?.title).toBe(title);
    }
  });
});
