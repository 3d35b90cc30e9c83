/**
 * A Yjs connection whose right to write ends (its member demoted to viewer, its session signed
 * out) writes nothing more from that moment, even if its client ignores the close frame and
 * keeps sending updates; and the server cuts it soon after instead of waiting on it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap, CLOSE, encodeUpdateMessage } from '@orderlane/shared';
import { addMember, api, changeMember, createBoard, registerAccount } from '../../support/accounts';
import type { RawWebSocket } from '../../support/rawWebSocket';
import { realtimeServerPerFile, type Account } from '../../support/realtimeServer';
import { waitFor, type BoardClient } from '../../support/yjsClient';

const realtime = realtimeServerPerFile({ clientDist: null });
const { server } = realtime;
let admin: Account;
let boardId: string;

beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Amy Admin' });
  boardId = (await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' })).id;
});

/** A y-websocket update message adding an (empty) card of that id. */
function newCardMessage(cardId: string): Uint8Array {
  const doc = new Y.Doc();
  cardsMap(doc).set(cardId, new Y.Map());
  return encodeUpdateMessage(Y.encodeStateAsUpdate(doc));
}

async function openHostile(cookie: string): Promise<RawWebSocket> {
  const raw = realtime.rawYjs(boardId, cookie);
  expect(await raw.status).toBe(101);
  await waitFor(() => raw.messages.length > 0, 10_000, 'the server greets the writer');
  return raw;
}

async function openWatcher(): Promise<BoardClient> {
  const watcher = realtime.boardClient(boardId, admin.cookie);
  await watcher.waitForSync();
  return watcher;
}

/**
 * Writes `cardId` after the server said goodbye, waits until the server cut the socket (so it
 * has read everything it was sent), then proves through an honest write that the card was not
 * stored: updates are stored and broadcast in order, so the honest one's echo comes after it.
 */
async function expectNoWriteAfterGoodbye(raw: RawWebSocket, watcher: BoardClient, code: number) {
  await waitFor(() => raw.closeCodes.includes(code), 10_000, `close frame ${code}`);
  const cardId = `ghost${Date.now().toString(36)}`;
  raw.sendBinary(newCardMessage(cardId));
  await waitFor(() => raw.isClosed(), 20_000, 'the server cuts the socket');
  const marker = `marker${Date.now().toString(36)}`;
  cardsMap(watcher.doc).set(marker, new Y.Map());
  await watcher.waitForAck();
  expect(cardsMap(watcher.doc).has(cardId)).toBe(false);
}

describe('revoked Yjs connections', () => {
  it('a member demoted to viewer writes nothing more through a socket that ignores the close', async () => {
    const member = await addMember(server, admin.cookie, 'logistics', 'member', 'Dee Demoted');
    const watcher = await openWatcher();
    const raw = await openHostile(member.cookie);

    const patch = await changeMember(server, admin.cookie, member.me.user.id, {
      access: 'viewer',
    });
    expect(patch.status).toBe(200);
    await expectNoWriteAfterGoodbye(raw, watcher, CLOSE.shuttingDown);
  });

  it('a signed-out session writes nothing more through a socket that ignores the close', async () => {
    const member = await addMember(server, admin.cookie, 'sales', 'member', 'Sam Signout');
    const watcher = await openWatcher();
    const raw = await openHostile(member.cookie);

    const logout = await api(server, 'POST', '/api/auth/logout', {
      cookie: member.cookie,
    });
    expect(logout.status).toBe(204);
    await expectNoWriteAfterGoodbye(raw, watcher, CLOSE.unauthenticated);
  });
});
