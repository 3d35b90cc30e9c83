/**
 * Yjs trusts the client id an update names. A member's raw socket tries the two ways that would
 * cost a colleague their edits: writing under the colleague's client id at the colleague's next
 * clock (the colleague's own edit at that clock would be taken as already had, acknowledged and
 * lost), and deleting clocks of the colleague's id that do not exist yet (Yjs would keep the
 * deletion pending and apply it to every later edit of theirs, also after a reload). Both are
 * refused (4400, that socket alone); the colleague's later cards reach everyone and storage. The
 * binding is stored with the updates: after a restart, the hostile member reconnecting first
 * still cannot take the colleague's id, and the colleague carries on under it.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, getCard, type CardId } from '@orderlane/shared';
import {
  addCardVia,
  closeAllClients,
  makeTeam,
  openBoard,
  type Person,
} from '../../support/cardActivity';
import { connectBoard } from '../../support/yjsClient';
import { syncUpdateMessage } from '../../support/poisonedUpdates';
import { startTestServer, tempDir, type TestServer } from '../../support/server';
import { docFromStored, rawBoardSocket, waitFor, type BoardClient } from '../../support/yjsClient';

const data = tempDir('orderlane-client-ids-');
let server: TestServer;
let boardId: string;
let victim: BoardClient;
let watcher: BoardClient;
let hostilePerson: Person;
let victimPerson: Person;
let watcherPerson: Person;

beforeAll(async () => {
  process.env.ORDERLANE_ROOM_UNLOAD_MS = '150';
  server = await startTestServer({ clientDist: null, sqliteDir: data.dir });
  delete process.env.ORDERLANE_ROOM_UNLOAD_MS;
  const team = await makeTeam(server);
  boardId = team.board.id;
  hostilePerson = team.log2;
  victimPerson = team.merch;
  watcherPerson = team.fin;
  victim = await openBoard(server, boardId, team.merch);
  watcher = await openBoard(server, boardId, team.fin);
  await addCardVia(victim, 'PO-before');
});

afterAll(async () => {
  closeAllClients();
  victim?.destroy();
  watcher?.destroy();
  await server?.close();
  data.remove();
});

async function sendHostile(update: Uint8Array): Promise<number | string> {
  const raw = rawBoardSocket(server.url, boardId, {
    cookie: hostilePerson.cookie,
    origin: server.origin,
  });
  expect(await raw.status).toBe(101);
  await waitFor(() => raw.messages.length > 0, 10_000, 'the server greeting');
  raw.ws.send(syncUpdateMessage(update));
  const stillOpen = new Promise<string>((resolve) => setTimeout(() => resolve('open'), 5_000));
  const outcome = await Promise.race([raw.closed, stillOpen]);
  raw.ws.terminate();
  return outcome;
}

/** Continues `clientId` from the state of `of`: an update writing one card under that id. */
function forgedUnder(of: Y.Doc, clientId: number, cardId: string): Uint8Array {
  const forged = new Y.Doc();
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(of));
  forged.clientID = clientId;
  const captured: Uint8Array[] = [];
  forged.on('update', (update: Uint8Array) => captured.push(update));
  forged.getMap('cards').set(cardId, new Y.Map());
  return captured[0]!;
}

/** An update with no structs that deletes `len` clocks of `client` from `clock` on. */
function deletionOnly(client: number, clock: number, len: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clock);
  encoding.writeVarUint(e, len);
  return encoding.toUint8Array(e);
}

async function expectVictimCardEverywhere(id: CardId, title: string) {
  await waitFor(() => getCard(watcher.doc, id)?.title === title, 10_000, `${title} at the watcher`);
  expect(getCard(victim.doc, id)?.title).toBe(title);
  const stored = docFromStored(await server.storage.documents.load(boardId));
  expect(getCard(stored, id)?.title).toBe(title);
}

describe("a colleague's client id", () => {
  it('cannot be written under by another member', async () => {
    const forged = forgedUnder(victim.doc, victim.doc.clientID, 'forged');
    expect(await sendHostile(forged)).toBe(CLOSE.badMessage);

    const id = await addCardVia(victim, 'PO-after-forgery');
    await expectVictimCardEverywhere(id, 'PO-after-forgery');
    expect(watcher.doc.getMap('cards').has('forged')).toBe(false);
  });

  it('may be resent by another member, as what the room already has', async () => {
    // y-indexeddb's restore of a board reaches the provider as a local change and is relayed:
    // everyone's structs, all of which the server has. Harmless, so not refused.
    expect(await sendHostile(Y.encodeStateAsUpdate(watcher.doc))).toBe('open');
    const id = await addCardVia(victim, 'PO-after-resend');
    await expectVictimCardEverywhere(id, 'PO-after-resend');
  });

  it('cannot have its future clocks deleted by another member', async () => {
    const ahead = Y.getState(victim.doc.store, victim.doc.clientID);
    expect(await sendHostile(deletionOnly(victim.doc.clientID, ahead, 2 ** 32 - 1))).toBe(
      CLOSE.badMessage,
    );
    const id = await addCardVia(victim, 'PO-after-deletion');
    await expectVictimCardEverywhere(id, 'PO-after-deletion');
  });

  it("stays the colleague's after a restart, whoever reconnects first", async () => {
    const victimDoc = victim.doc;
    const victimId = victimDoc.clientID;
    closeAllClients();
    await server.close();
    server = await startTestServer({ clientDist: null, sqliteDir: data.dir });
    expect(await sendHostile(forgedUnder(victimDoc, victimId, 'forged-after-restart'))).toBe(
      CLOSE.badMessage,
    );
    const connect = (doc: Y.Doc | undefined, cookie: string) =>
      connectBoard(server.url, boardId, { cookie, origin: server.origin, ...(doc ? { doc } : {}) });
    victim = connect(victimDoc, victimPerson.cookie);
    watcher = connect(undefined, watcherPerson.cookie);
    await Promise.all([victim.waitForSync(), watcher.waitForSync()]);
    expect(victim.doc.clientID).toBe(victimId);
    const id = await addCardVia(victim, 'PO-after-restart');
    await expectVictimCardEverywhere(id, 'PO-after-restart');
    expect(victim.closeCodes).toEqual([]);
  });

  it("still lets a member delete a colleague's existing card", async () => {
    const id = await addCardVia(victim, 'PO-to-remove');
    await waitFor(() => getCard(watcher.doc, id), 10_000, 'the card at the watcher');
    watcher.doc.getMap('cards').delete(id);
    await watcher.waitForAck();
    await waitFor(() => !getCard(victim.doc, id), 10_000, 'the removal at the victim');
    expect(watcher.closeCodes).toEqual([]);
  });
});
