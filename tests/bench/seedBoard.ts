/**
 * Fills a board with order cards over the real Yjs endpoint (a Node y-websocket client with the
 * member's cookie), as a browser would; used by the board benchmark and end-to-end tests.
 */
import {
  addCard,
  listColumns,
  listLanes,
  makeId,
  positionsBetween,
  type CardId,
  type CardPatch,
  type Column,
  type Lane,
} from '@orderlane/shared';
import { connectBoard } from '../support/yjsClient';

export interface SeedServer {
  url: string;
  origin: string;
}

export interface SeedCard extends CardPatch {
  id?: string;
  /** Stage and department indexes into the board's columns and lanes. */
  column: number;
  lane: number;
  description?: string;
}

export async function seedCards(
  server: SeedServer,
  cookie: string,
  boardId: string,
  cards: SeedCard[],
): Promise<{ ids: CardId[]; columns: Column[]; lanes: Lane[] }> {
  const client = connectBoard(server.url, boardId, { cookie, origin: server.origin });
  try {
    await client.waitForSync(20_000);
    const columns = listColumns(client.doc);
    const lanes = listLanes(client.doc);
    const positions = positionsBetween(null, null, cards.length);
    let random = 1;
    const ids = cards.map(
      (c) =>
        (c.id ?? makeId(() => (random = (random * 48271) % 2147483647) / 2147483647)) as CardId,
    );
    const now = Date.now();
    // Batches keep each Yjs message well under the server's message size limit.
    for (let start = 0; start < cards.length; start += 250) {
      client.doc.transact(() => {
        for (let i = start; i < Math.min(cards.length, start + 250); i++) {
          const { column, lane, id: _id, ...fields } = cards[i]!;
          addCard(
            client.doc,
            {
              ...fields,
              id: ids[i]!,
              columnId: columns[column % columns.length]!.id,
              laneId: lanes[lane % lanes.length]!.id,
              position: positions[i]!,
              createdBy: null,
            },
            now,
          );
        }
      });
    }
    await client.waitForAck(30_000);
    return { ids, columns, lanes };
  } finally {
    client.destroy();
  }
}

const CUSTOMERS = [
  'Nordic Home AB',
  'Atlas Trading LLC',
  'Maple Retail Inc',
  'Sahara Imports',
  'Rio Casa Ltda',
];
const PRODUCTS = ['Ceramic mugs', 'LED panels', 'Cotton towels', 'Steel racks', 'Bamboo boxes'];

/** `count` plausible orders spread over every stage and department. */
export function sampleOrders(count: number, ownerIds: string[] = []): SeedCard[] {
  const today = new Date();
  const day = (offset: number) => {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  return Array.from({ length: count }, (_, i) => ({
    column: (i * 7) % 11,
    lane: (i * 3) % 8,
    title: `${PRODUCTS[i % PRODUCTS.length]} × ${(i % 9) + 1}000`,
    orderNo: `PO-${String(24000 + i)}`,
    customer: CUSTOMERS[i % CUSTOMERS.length]!,
    dueDate: day((i % 13) - 3),
    priority: (['normal', 'high', 'normal', 'urgent', 'low'] as const)[i % 5],
    ownerId: ownerIds.length ? ownerIds[i % ownerIds.length]! : null,
    risks: i % 6 === 0 ? [{ kind: 'logistics', severity: 'high', note: 'Vessel delay' }] : [],
  }));
}
