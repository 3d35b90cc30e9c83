/**
 * Durable before visible, tested the hard way: a real server in a child process (SQLite on
 * disk) is killed with SIGKILL right after (or while) a client sees echoes of its updates; after
 * a restart on the same data dir every acknowledged change must be there. Prints its seed and
 * the loss count.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  addCard,
  getCard,
  listColumns,
  listLanes,
  makeId,
  moveCard,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { createBoard, registerAccount } from '../support/accounts';
import { startChildServer, type ChildServer } from '../support/childServer';
import { tempDir } from '../support/server';
import { connectBoard, waitFor, type BoardClient } from '../support/yjsClient';

const ROUNDS = 20;
const seed = Number(process.env.DURABILITY_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failing schedule can be replayed. */
function seeded(start: number) {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const data = tempDir('orderlane-durability-');
// Compact often so that kills also land around compactions.
const childEnv = { ORDERLANE_COMPACT_AFTER_UPDATES: '7' };
let child: ChildServer | undefined;

afterAll(async () => {
  await child?.kill();
  data.remove();
});

interface Expectation {
  /** The card's acknowledged column, or null when an unacknowledged move may or may not have landed. */
  columnId: ColumnId | null;
}

describe('durability across kill -9', () => {
  it(`loses no acknowledged update over ${ROUNDS} kills (seed ${seed})`, async () => {
    const random = seeded(seed);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    child = await startChildServer(data.dir, childEnv);
    const admin = await registerAccount(child, { name: 'Dora Durable' });
    const board = await createBoard(child, admin.cookie, { title: 'Kill me', kind: 'orders' });

    const expected = new Map<CardId, Expectation>();
    /** Acknowledged changes found missing after a restart (distinct cards). */
    const lost = new Set<CardId>();
    let acknowledged = 0;
    const log: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const client: BoardClient = connectBoard(child.url, board.id, {
        cookie: admin.cookie,
        origin: child.origin,
      });
      await client.waitForSync(20_000);
      // Check what the previous incarnation acknowledged.
      for (const [id, expectation] of expected) {
        const card = getCard(client.doc, id);
        if (!card || (expectation.columnId && card.columnId !== expectation.columnId)) lost.add(id);
      }
      const doc = client.doc;
      const columns = listColumns(doc);
      const lane = listLanes(doc)[0]!;
      /** Changes made this round with the clock that acknowledges each. */
      const made: { id: CardId; clock: number; columnId: ColumnId; move: boolean }[] = [];
      const add = () => {
        const id = makeId(random) as CardId;
        const column = columns[Math.floor(random() * columns.length)]!;
        addCard(
          doc,
          {
            id,
            title: `order ${round}-${made.length}`,
            columnId: column.id as ColumnId,
            laneId: lane.id as LaneId,
            position: 'a0',
            createdBy: null,
          },
          Date.now(),
        );
        made.push({ id, clock: client.localClock(), columnId: column.id as ColumnId, move: false });
      };
      const move = () => {
        const ids = [...expected.keys()];
        if (ids.length === 0) return add();
        const id = ids[Math.floor(random() * ids.length)]!;
        const column = columns[Math.floor(random() * columns.length)]!;
        moveCard(doc, id, { columnId: column.id, laneId: lane.id }, random, Date.now());
        made.push({ id, clock: client.localClock(), columnId: column.id, move: true });
      };

      const mode = round % 4;
      if (mode === 0) {
        // One change; kill the moment its echo arrives.
        add();
        await client.waitForAck(20_000);
      } else if (mode === 3) {
        move();
        await client.waitForAck(20_000);
      } else {
        // A burst that keeps going while the kill lands; only echoed changes count.
        let bursting = true;
        const burst = (async () => {
          while (bursting) {
            if (random() < 0.7) add();
            else move();
            await sleep(random() * 3);
          }
        })();
        if (mode === 1) {
          await waitFor(() => client.ackedClock() > 0, 20_000, 'a first echo');
          await sleep(random() * 20);
        } else {
          await sleep(5 + random() * 40);
        }
        bursting = false;
        await burst;
      }
      // What the server has acknowledged at the instant of the kill.
      const ackedClock = client.ackedClock();
      await child.kill();
      client.destroy();

      let ackedThisRound = 0;
      for (const change of made) {
        const isAcked = change.clock <= ackedClock;
        if (isAcked) ackedThisRound++;
        const current = expected.get(change.id);
        if (change.move) {
          if (current) current.columnId = isAcked ? change.columnId : null;
        } else if (isAcked) {
          expected.set(change.id, { columnId: change.columnId });
        }
      }
      acknowledged += ackedThisRound;
      log.push(`round ${round} mode ${mode}: ${made.length} made, ${ackedThisRound} acked`);
      child = await startChildServer(data.dir, childEnv);
    }

    const last = connectBoard(child.url, board.id, { cookie: admin.cookie, origin: child.origin });
    await last.waitForSync(20_000);
    for (const [id, expectation] of expected) {
      const card = getCard(last.doc, id);
      if (!card || (expectation.columnId && card.columnId !== expectation.columnId)) lost.add(id);
    }
    last.destroy();

    const losses = lost.size;
    console.log(
      `durability (seed ${seed}): ${ROUNDS} kills, ${acknowledged} acknowledged changes, ` +
        `${expected.size} cards, losses: ${losses}`,
    );
    if (losses > 0) console.log(log.join('\n'));
    expect(acknowledged).toBeGreaterThan(ROUNDS / 2);
    expect(losses).toBe(0);
  }, 240_000);
});
