/**
 * A notification names the order the way every screen does: order number, customer, title,
 * as stored when it was made. Real server (SQLite), real y-websocket and socket.io clients.
 */
import { describe, expect, it } from 'vitest';
import {
  addCardVia,
  cardMap,
  comment,
  inboxHas,
  openBoard,
  teamPerFile,
} from '../support/cardActivity';

const workspace = teamPerFile({ sqliteDirPrefix: 'orderlane-orderlabel-' });
const { server } = workspace;

describe('notifications name the order', () => {
  it('a mention on an order card carries its order number and customer', async () => {
    const { board, log1, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'LED street light');
    client.doc.transact(() => {
      cardMap(client, cardId).set('orderNo', 'NB-2026-0568');
      cardMap(client, cardId).set('customer', 'Hanse Home GmbH');
    });
    await client.waitForAck();
    const res = await comment(server, log1, board.id, cardId, {
      body: '@{role:logistics} container booked?',
    });
    expect(res.status).toBe(201);
    const got = await inboxHas(server, log2, (n) => n.commentId === res.body.id);
    expect(got.cardTitle).toBe('NB-2026-0568 · Hanse Home GmbH — LED street light');
  });

  it('a card without order number or customer is named by its title alone', async () => {
    const { board, log1, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'Sample shelf');
    const res = await comment(server, log1, board.id, cardId, { body: '@{role:logistics} ok?' });
    const got = await inboxHas(server, log2, (n) => n.commentId === res.body.id);
    expect(got.cardTitle).toBe('Sample shelf');
  });
});
