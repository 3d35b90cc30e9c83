/**
 * The client's protocol version, sent as a URL parameter of the Yjs upgrade: another version is
 * refused with a close code and a reason the client acts on (it reloads), before a byte of the
 * document is sent; the same version, or none at all (a stock y-websocket provider), is served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  CLOSE,
  getCard,
  listColumns,
  listLanes,
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_PARAM,
  type CardId,
} from '@orderlane/shared';
import { createBoard, registerAccount } from '../support/accounts';
import { serverPerFile } from '../support/server';
import { connectBoard, rawBoardSocket, waitFor, type BoardClient } from '../support/yjsClient';

const server = serverPerFile({ clientDist: null });
let cookie: string;
let boardId: string;
const clients: BoardClient[] = [];

beforeAll(async () => {
  cookie = (await registerAccount(server, { name: 'Vic Version' })).cookie;
  boardId = (await createBoard(server, cookie, { title: 'Orders', kind: 'orders' })).id;
});

afterAll(() => {
  for (const client of clients) client.destroy();
});

function connect(params?: Record<string, string>): BoardClient {
  const client = connectBoard(server.url, boardId, { cookie, origin: server.origin, params });
  clients.push(client);
  return client;
}

function writeCard(client: BoardClient, title: string): CardId {
  const id = `v${Math.random().toString(36).slice(2, 10)}` as CardId;
  addCard(
    client.doc,
    {
      id,
      title,
      columnId: listColumns(client.doc)[0]!.id,
      laneId: listLanes(client.doc)[0]!.id,
      position: 'a0',
      createdBy: null,
    },
    Date.now(),
  );
  return id;
}

const otherVersion = String(PROTOCOL_VERSION + 1);

describe('the protocol version on the Yjs upgrade', () => {
  it('closes another version with 4426 and a reason naming both, before sending anything', async () => {
    const raw = rawBoardSocket(server.url, boardId, {
      cookie,
      origin: server.origin,
      params: { [PROTOCOL_VERSION_PARAM]: otherVersion },
    });
    // Accepted, then closed: a browser reads the reason of a close frame, not of a refusal.
    expect(await raw.status).toBe(101);
    expect(await raw.closed).toBe(CLOSE.protocolMismatch);
    expect(await raw.closeReason).toBe(
      `protocol version ${PROTOCOL_VERSION} expected, got ${otherVersion}`,
    );
    expect(raw.messages).toHaveLength(0);
  });

  it('makes a provider of another version stop for good, with the reason', async () => {
    const outdated = connect({ [PROTOCOL_VERSION_PARAM]: otherVersion });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      outdated.provider.once('closed', (event) => resolve(event)),
    );
    expect(await closed).toEqual({
      code: CLOSE.protocolMismatch,
      reason: `protocol version ${PROTOCOL_VERSION} expected, got ${otherVersion}`,
    });
    expect(outdated.provider.shouldConnect).toBe(false);
    expect(outdated.provider.synced).toBe(false);
    expect(outdated.doc.store.clients.size).toBe(0); // not a byte of the board arrived
  });

  it('serves a provider of this version and a stock provider that sends none alike', async () => {
    const current = connect({ [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) });
    const stock = connect();
    await Promise.all([current.waitForSync(), stock.waitForSync()]);
    expect(stock.provider.url).not.toContain(PROTOCOL_VERSION_PARAM);

    const fromCurrent = writeCard(current, 'from the current client');
    const fromStock = writeCard(stock, 'from a stock provider');
    await Promise.all([current.waitForAck(), stock.waitForAck()]);
    await waitFor(() => getCard(stock.doc, fromCurrent), 10_000, 'current → stock');
    await waitFor(() => getCard(current.doc, fromStock), 10_000, 'stock → current');
    expect(current.closeCodes).toEqual([]);
    expect(stock.closeCodes).toEqual([]);
  });
});
