/**
 * Archiving a board ends the live connections of everyone who has it open: an honest client is
 * told (4403, final), and a client that ignores the close frame and keeps writing — deleting
 * cards, renaming the board through meta.title — changes nothing of the stored board.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardsMap,
  CLOSE,
  metaMap,
  readMeta,
  type CardId,
  encodeSyncStep1,
  encodeUpdateMessage,
} from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../../support/accounts';
import type { RawWebSocket } from '../../support/rawWebSocket';
import { placeCard } from '../../support/cardActivity';
import { realtimeServerPerFile, type Account } from '../../support/realtimeServer';
import { updateOfMessage, waitFor } from '../../support/yjsClient';

const realtime = realtimeServerPerFile({ clientDist: null });
const { server } = realtime;
let admin: Account;
let member: Account;

beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Amy Admin' });
  member = await addMember(server, admin.cookie, 'sales', 'member', 'Mia Member');
});

const connect = (cookie: string, boardId: string) => realtime.boardClient(boardId, cookie);

/** A board with one card, open in an honest client and in a hostile raw socket of the member. */
async function openBoardTwice() {
  const board = await createBoard(server, admin.cookie, {
    title: 'Orders',
    kind: 'orders',
  });
  const honest = connect(member.cookie, board.id);
  await honest.waitForSync();
  const cardId = `kept${Date.now().toString(36)}` as CardId;
  placeCard(honest.doc, cardId, 'PO-1');
  await honest.waitForAck();
  const hostile = realtime.rawYjs(board.id, member.cookie);
  expect(await hostile.status).toBe(101);
  // Ask for the document, to write on top of it like a real client.
  hostile.sendBinary(encodeSyncStep1(new Y.Doc()));
  const hostileDoc = new Y.Doc();
  await waitFor(() => {
    for (const message of hostile.messages) {
      const update = updateOfMessage(message);
      if (update) Y.applyUpdate(hostileDoc, update);
    }
    return cardsMap(hostileDoc).has(cardId);
  }, 10_000);
  return { board, honest, hostile, hostileDoc, cardId };
}

/** Deletes the card and renames the board in the hostile doc; sends it, ignoring the close. */
function vandalise(hostile: RawWebSocket, doc: Y.Doc, cardId: string): void {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.transact(() => {
    cardsMap(doc).delete(cardId);
    metaMap(doc).set('title', 'Owned');
  });
  for (const update of updates) hostile.sendBinary(encodeUpdateMessage(update));
}

/** Restores the board and reads it as stored, through a fresh connection. */
async function storedBoard(boardId: string) {
  const restore = await api(server, 'PATCH', `/api/boards/${boardId}`, {
    cookie: admin.cookie,
    body: { archived: false },
  });
  expect(restore.status).toBe(200);
  const reader = connect(admin.cookie, boardId);
  await reader.waitForSync();
  return reader.doc;
}

describe('archiving a board that people have open', () => {
  it('closes their connections and refuses what a hostile one writes afterwards (DELETE)', async () => {
    const { board, honest, hostile, hostileDoc, cardId } = await openBoardTwice();

    const archived = await api(server, 'DELETE', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
    });
    expect(archived.status).toBe(200);
    await waitFor(() => honest.closeCodes.includes(CLOSE.forbidden), 10_000, 'honest told');
    await waitFor(() => hostile.closeCodes.includes(CLOSE.forbidden), 10_000, 'hostile told');
    vandalise(hostile, hostileDoc, cardId);
    // Once the server has cut the socket, it has read everything the socket sent.
    await waitFor(() => hostile.isClosed(), 20_000, 'the server cuts the hostile socket');

    const stored = await storedBoard(board.id);
    expect(readMeta(stored).title).toBe('Orders');
    expect(cardsMap(stored).has(cardId)).toBe(true);
  });

  it('closes them too when the board is archived through PATCH', async () => {
    const { board, honest, hostile } = await openBoardTwice();
    const archived = await api(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
      body: { archived: true },
    });
    expect(archived.status).toBe(200);
    await waitFor(() => honest.closeCodes.includes(CLOSE.forbidden), 10_000, 'honest told');
    await waitFor(() => hostile.isClosed(), 20_000, 'the server cuts the hostile socket');
  });
});
