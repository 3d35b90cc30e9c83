/**
 * Board presence (Yjs awareness) cannot be forged: a connection speaks only for the awareness
 * client ids it introduced itself — never the room's own id, never an id another member's
 * connection holds, at most MAX_AWARENESS_IDS_PER_CONNECTION — and the `user` it shows is the
 * one its session says, whatever it claims. Nothing it said stays once it leaves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_AWARENESS_IDS_PER_CONNECTION,
  memberColor,
  metaMap,
  encodeAwarenessMessage,
  encodeAwarenessEntries,
  type AwarenessEntry,
} from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../../support/accounts';
import type { RawWebSocket } from '../../support/rawWebSocket';
import { realtimeServerPerFile, type Account } from '../../support/realtimeServer';
import { waitFor, type BoardClient } from '../../support/yjsClient';

const realtime = realtimeServerPerFile({ clientDist: null });
const { server } = realtime;
let admin: Account;
let member: Account;
let boardId: string;

beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Amy Admin' });
  member = await addMember(server, admin.cookie, 'sales', 'member', 'Mia Member');
  boardId = (await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' })).id;
});

async function watcher(): Promise<BoardClient> {
  const client = realtime.boardClient(boardId, admin.cookie);
  await client.waitForSync();
  return client;
}

async function hostile(): Promise<RawWebSocket> {
  const raw = realtime.rawYjs(boardId, member.cookie);
  expect(await raw.status).toBe(101);
  return raw;
}

/** A y-websocket awareness message carrying exactly these entries. */
function awarenessMessage(entries: AwarenessEntry[]): Uint8Array {
  return encodeAwarenessMessage(encodeAwarenessEntries(entries));
}

const stateOf = (client: BoardClient, id: number) =>
  client.provider.awareness.getStates().get(id) as
    { user?: { id?: string; name?: string; color?: string }; dragging?: string } | undefined;

/**
 * Sends a state under a fresh id of the hostile's own after what is being tested, and waits until
 * the watcher has it: the server relays one socket's messages in order, so by then the watcher
 * has everything the server relayed of the earlier ones.
 */
async function roundTrip(raw: RawWebSocket, seen: BoardClient, markerId: number) {
  raw.sendBinary(
    awarenessMessage([{ clientId: markerId, clock: 1, state: { user: { name: 'Marker' } } }]),
  );
  await waitFor(() => stateOf(seen, markerId), 10_000, 'the marker state');
}

describe('forged board presence', () => {
  it("drops a state under the room's own id, which would never expire", async () => {
    const seen = await watcher();
    // A change made by the server carries the room's own client id, which is its awareness id.
    const renamed = await api(server, 'PATCH', `/api/boards/${boardId}`, {
      cookie: admin.cookie,
      body: { title: 'Orders (renamed)' },
    });
    expect(renamed.status).toBe(200);
    const roomId = await waitFor(() => metaMap(seen.doc)._map.get('title')?.id.client);
    expect(roomId).not.toBe(seen.doc.clientID);

    const raw = await hostile();
    const ghost = { user: { id: admin.me.user.id, name: 'Ghost Admin' } };
    raw.sendBinary(awarenessMessage([{ clientId: roomId, clock: 50, state: ghost }]));
    await roundTrip(raw, seen, 910_001);
    expect(stateOf(seen, roomId)).toBeUndefined();

    raw.destroy();
    await waitFor(() => !stateOf(seen, 910_001), 10_000, 'the hostile leaves presence');
    expect(stateOf(seen, roomId)).toBeUndefined();
  });

  it("drops states under another member's id and shows the sender as who they are", async () => {
    const victim = await watcher();
    victim.provider.awareness.setLocalStateField('user', { id: admin.me.user.id, name: 'Amy' });
    const seen = await watcher();
    await waitFor(() => stateOf(seen, victim.doc.clientID)?.user, 10_000, 'the victim is seen');

    const raw = await hostile();
    raw.sendBinary(
      awarenessMessage([
        {
          clientId: victim.doc.clientID,
          clock: 1_000,
          state: { user: { id: admin.me.user.id, name: 'Amy' }, dragging: 'stolen-card' },
        },
        {
          clientId: 920_001,
          clock: 1,
          state: { user: { id: admin.me.user.id, name: 'Amy Admin', color: '#000000' } },
        },
      ]),
    );
    await roundTrip(raw, seen, 920_002);
    expect(stateOf(seen, victim.doc.clientID)?.dragging).toBeUndefined();
    expect(stateOf(seen, 920_001)?.user).toEqual({
      id: member.me.user.id,
      name: 'Mia Member',
      color: memberColor(member.me.user.id),
    });
  });

  it(`speaks for at most ${MAX_AWARENESS_IDS_PER_CONNECTION} ids per connection`, async () => {
    const seen = await watcher();
    const raw = await hostile();
    const ids = Array.from({ length: MAX_AWARENESS_IDS_PER_CONNECTION + 3 }, (_, i) => 930_000 + i);
    raw.sendBinary(
      awarenessMessage(ids.map((clientId) => ({ clientId, clock: 1, state: { n: clientId } }))),
    );
    raw.sendBinary(awarenessMessage([{ clientId: 939_999, clock: 1, state: { n: 0 } }]));
    // A round trip on the same socket, through an id it does hold.
    raw.sendBinary(awarenessMessage([{ clientId: ids[0]!, clock: 2, state: { n: 'done' } }]));
    const relayed = () => ids.filter((id) => stateOf(seen, id)).length;
    await waitFor(
      () => (stateOf(seen, ids[0]!) as { n?: unknown } | undefined)?.n === 'done',
      10_000,
      'the round trip',
    );
    expect(relayed()).toBe(MAX_AWARENESS_IDS_PER_CONNECTION);
    expect(stateOf(seen, 939_999)).toBeUndefined();
  });
});
