/**
 * One run of the room fuzz: several replicas of a board talk to one real Room through the room
 * harness (in-memory sockets flushed by hand), while the fuzz edits them, delivers messages in
 * each direction at random, drops and reconnects them, lets the group commit run, makes server
 * changes, fails an append now and then, and restarts the server from storage. At the end every
 * replica, the room and a fresh load from storage must hold the same document, and every
 * replica's own changes must have been acknowledged.
 */
import * as Y from 'yjs';
import { addCard, initBoardDoc, listColumns, listLanes, makeId } from '@orderlane/shared';
import type { CardId, Random } from '@orderlane/shared';
import { createLogger } from '@orderlane/server';
import { failOnce, RoomHarness, type TestSocketPair } from '@orderlane/server/testing';
import { expectConverged } from '../boardChecks';
import {
  opAddCard,
  opDeleteCard,
  opEditDescription,
  opMoveCard,
  opReshapeBoard,
  opUpdateCard,
  pick,
} from '../boardOps';
import { mulberry32 } from '../random';

interface Replica {
  index: number;
  pair: TestSocketPair;
  /** Viewers read along; their edits would be dropped, so the fuzz never makes any. */
  readOnly: boolean;
}

interface Run {
  harness: RoomHarness;
  replicas: Replica[];
  random: Random;
  now: number;
  /** Server changes in flight; one may fail with its append. */
  changes: Promise<unknown>[];
  stats: RoomFuzzStats;
}

export interface RoomFuzzStats {
  edits: number;
  restarts: number;
  serverChanges: number;
  failedAppends: number;
  refused: number;
}

type Edit = (doc: Y.Doc, random: Random, now: number) => void;
const EDITS: Edit[] = [
  opAddCard,
  opMoveCard,
  opMoveCard,
  opUpdateCard,
  opUpdateCard,
  (doc, random) => opEditDescription(doc, random),
  (doc, random) => opDeleteCard(doc, random),
  (doc, random) => opReshapeBoard(doc, random),
];

const tick = () => new Promise((resolve) => setImmediate(resolve));

type Step = (run: Run, replica: Replica) => void | Promise<void>;

/** The mix: [weight, name, step]. Names make up a failure's trace. */
const STEPS: [number, string, Step][] = [
  [
    30,
    'edit',
    (run, r) => {
      if (r.readOnly) return;
      pick(run.random, EDITS)!(r.pair.doc, run.random, (run.now += 1000));
      run.stats.edits++;
    },
  ],
  [16, 'toServer', (_, r) => void r.pair.flushToServer()],
  [16, 'toClient', (_, r) => void r.pair.flushToClient()],
  [12, 'tick', () => tick()],
  [3, 'flush', (run) => run.harness.room?.flush()],
  [4, 'off', (_, r) => r.pair.disconnect()],
  [6, 'on', (_, r) => void (r.pair.isConnected || r.pair.connect())],
  [3, 'server', (run) => serverChange(run)],
  [1, 'failAppend', (run) => failNextAppend(run)],
  [1, 'restart', (run) => restart(run)],
];
const TOTAL_WEIGHT = STEPS.reduce((sum, [weight]) => sum + weight, 0);

/** A change through the API (a rename, say): made in the room's doc, stored, then broadcast. */
function serverChange(run: Run): void {
  const seed = Math.floor(run.random() * 2 ** 31);
  const now = (run.now += 1000);
  run.stats.serverChanges++;
  run.changes.push(
    run.harness.registry
      .open(run.harness.boardId)
      .then((room) => room.changeDocument((doc) => opUpdateCard(doc, mulberry32(seed), now)))
      .catch(() => run.stats.refused++),
  );
}

/** The storage's next append rejects (a full disk, a lost connection); the one after works. */
function failNextAppend(run: Run): void {
  run.stats.failedAppends++;
  failOnce(run.harness.documents, 'append', { error: new Error('fuzz: append failed') });
}

/** A graceful restart: rooms flushed and closed, a new registry over the same storage. */
async function restart(run: Run): Promise<void> {
  await Promise.allSettled(run.changes);
  await run.harness.restart();
  watchRooms(run);
  run.stats.restarts++;
}

/** Gives every room's own doc a client id from the seed, so a seed replays exactly. */
function watchRooms(run: Run): void {
  run.harness.registry.addHooks({
    afterLoad: (room) => {
      room.doc.clientID = 1 + Math.floor(run.random() * 2 ** 30);
    },
  });
}

/** The board as created over HTTP: columns, lanes and a few cards, stored before any room. */
function initialBoard(random: Random): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1;
  initBoardDoc(doc, { title: 'Fuzz orders', kind: 'orders', newId: () => makeId(random) });
  const [column] = listColumns(doc);
  const [lane] = listLanes(doc);
  for (let i = 0; i < 6; i++) {
    addCard(
      doc,
      {
        id: makeId(random) as CardId,
        columnId: column!.id,
        laneId: lane!.id,
        position: `a${i}`,
        createdBy: null,
        title: `PO-${i}`,
      },
      0,
    );
  }
  return Y.encodeStateAsUpdate(doc);
}

export async function runRoomFuzz(seed: number, operations: number): Promise<RoomFuzzStats> {
  const random = mulberry32(seed);
  const harness = new RoomHarness({
    logger: process.env.ROOM_FUZZ_LOG ? createLogger('warn') : undefined,
    compactAfterUpdates: 5 + Math.floor(random() * 40),
  });
  await harness.documents.append(harness.boardId, [initialBoard(random)]);
  const replicas: Replica[] = [];
  const count = 2 + Math.floor(random() * 3);
  for (let index = 0; index < count; index++) {
    const doc = new Y.Doc();
    doc.clientID = 100 + index;
    const readOnly = index > 0 && random() < 0.2;
    replicas.push({ index, pair: harness.client({ doc, readOnly }).connect(), readOnly });
  }
  const stats: RoomFuzzStats = {
    edits: 0,
    restarts: 0,
    serverChanges: 0,
    failedAppends: 0,
    refused: 0,
  };
  const run: Run = { harness, replicas, random, now: 1_000_000, changes: [], stats };
  watchRooms(run);
  const trace: string[] = [];
  try {
    for (let i = 0; i < operations; i++) {
      const replica = pick(random, replicas)!;
      let r = random() * TOTAL_WEIGHT;
      for (const [weight, name, step] of STEPS) {
        r -= weight;
        if (r >= 0) continue;
        trace.push(`${name}@${replica.index}`);
        await step(run, replica);
        break;
      }
    }
    // Quiet: everyone back, every message delivered, every server change done.
    // A failed append closes its senders: they reconnect, as a provider does, until all stay.
    for (let round = 0; ; round++) {
      if (round === 10) {
        const closed = replicas.map((r) => `${r.index}:${JSON.stringify(r.pair.closedByServer)}`);
        throw new Error(`replicas are still closed after 10 rounds: ${closed.join(' ')}`);
      }
      await Promise.allSettled(run.changes);
      for (const { pair } of replicas) if (!pair.isConnected) pair.connect();
      await harness.settle();
      if (replicas.every((r) => r.pair.isConnected)) break;
    }

    const room = harness.room!;
    expectConverged([room.doc, ...replicas.map((r) => r.pair.doc)]);
    for (const { pair, index } of replicas) {
      const own = Y.getState(pair.doc.store, pair.doc.clientID);
      if (pair.ackedClock() !== own)
        throw new Error(`replica ${index}: acknowledged ${pair.ackedClock()} of ${own}`);
    }
    await harness.restart();
    expectConverged([await harness.stored(), ...replicas.map((r) => r.pair.doc)]);
    return stats;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(
      `seed=${seed} (replay: ROOM_FUZZ_SEED=${seed} ROOM_FUZZ_OPS=${operations}); ` +
        `last ops: ${trace.slice(-16).join(' ')}\n${message}`,
    );
    wrapped.stack = error instanceof Error ? error.stack : undefined;
    throw wrapped;
  } finally {
    await harness.close();
  }
}
