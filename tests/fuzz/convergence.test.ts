/**
 * Seeded convergence fuzz of the board document (docs/board-document.md, "How this is tested"). Several replicas of
 * one board take random operations through the shared functions while a simulated network
 * delivers updates in random order and replicas drop off and come back. When everything is
 * delivered, all replicas must be identical and the board invariants must hold.
 *
 * A failure names its seed (`seed=…`). Replay one with `FUZZ_SEED=<seed> npx vitest run
 * tests/fuzz/convergence.test.ts`, fix it, and add the seed to REGRESSION_SEEDS for good.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  cellCards,
  columnsMap,
  initBoardDoc,
  lanesMap,
  listColumns,
  listLanes,
  makeId,
  moveCard,
  positionsBetween,
  repairCellTies,
  type CardId,
  type Random,
} from '@orderlane/shared';
import {
  expectConverged,
  expectEveryCardOnce,
  expectReadable,
  layoutIds,
  tiedCells,
} from './boardChecks';
import {
  opAddCard,
  opDeleteCard,
  opEditDescription,
  opForeignRootWrite,
  opForeignWrite,
  opMoveCard,
  opReshapeBoard,
  opUpdateCard,
  pick,
  randomCardId,
  randomCell,
  randomTarget,
} from './boardOps';
import { Network, type Replica } from './network';
import { mulberry32 } from './random';

/** Seeds that once failed: they run on every test run, before the others. */
const REGRESSION_SEEDS: number[] = [
  // moveCard threw next to a position a foreign peer wrote ('' or bad digits), before
  // repairTies learned to replace invalid keys (2026-11-23).
  3, 6, 31, 42, 1338939312,
];

const OPERATIONS = Number(process.env.FUZZ_OPS ?? 200);
/** Fixed seeds keep CI reproducible; a few fresh ones per run keep exploring. */
const FIXED_SEEDS = Array.from({ length: Number(process.env.FUZZ_SEEDS ?? 50) }, (_, i) => 1 + i);
const FRESH_SEEDS = Array.from({ length: 10 }, () => Math.floor(Math.random() * 2 ** 31));
const SEEDS = process.env.FUZZ_SEED
  ? [Number(process.env.FUZZ_SEED)]
  : [...new Set([...REGRESSION_SEEDS, ...FIXED_SEEDS, ...FRESH_SEEDS])];

function initialBoard(random: Random): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1000;
  initBoardDoc(doc, { title: 'Fuzz orders', kind: 'orders', newId: () => makeId(random) });
  const columns = listColumns(doc);
  const lanes = listLanes(doc);
  doc.transact(() => {
    const positions = positionsBetween(null, null, 20);
    for (const position of positions) {
      addCard(
        doc,
        {
          id: makeId(random) as CardId,
          columnId: pick(random, columns)!.id,
          laneId: pick(random, lanes)!.id,
          position,
          createdBy: null,
        },
        0,
      );
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Several replicas drop into the same gap of the same cell before hearing of each other. Half the
 * time their randomness is identical, so the keys tie exactly: the rare collision jitter cannot
 * rule out, which tie repair exists for.
 */
function concurrentDrops(net: Network, random: Random, now: number): void {
  const dropping = net.replicas.filter(() => random() < 0.7);
  const first = dropping[0];
  const cell = first && randomCell(first.doc, random);
  if (!first || !cell) return;
  const target = randomTarget(first.doc, random, cell);
  const collideSeed = random() < 0.5 ? Math.floor(random() * 2 ** 31) : null;
  for (const replica of dropping) {
    const jitter = collideSeed === null ? random : mulberry32(collideSeed);
    const cardId = randomCardId(replica.doc, random);
    if (cardId) moveCard(replica.doc, cardId, target, jitter, now);
  }
}

/** Two or more replicas move the same card to different cells at once. */
function concurrentMovesOfOneCard(net: Network, random: Random, now: number): void {
  const cardId = randomCardId(net.replicas[0]!.doc, random);
  if (!cardId) return;
  for (const replica of net.replicas) {
    const cell = randomCell(replica.doc, random);
    if (cell && random() < 0.7) moveCard(replica.doc, cardId, cell, random, now);
  }
}

/**
 * Each replica's own undo, as a client's UndoManager: it tracks local edits only and undoes them
 * while others keep editing (an undone move may land in a deleted column or on a taken key).
 * captureTimeout 0: one transaction, one undo step, and no wall clock in the run.
 */
const undoManagers = new WeakMap<Y.Doc, Y.UndoManager>();
function undoManagerOf(doc: Y.Doc): Y.UndoManager {
  let manager = undoManagers.get(doc);
  if (!manager) {
    manager = new Y.UndoManager([cardsMap(doc), columnsMap(doc), lanesMap(doc)], {
      captureTimeout: 0,
    });
    undoManagers.set(doc, manager);
  }
  return manager;
}

type Step = (net: Network, replica: Replica, random: Random, now: number) => void;

/** The operation mix: [weight, name, step]. Names end up in a failure's "last ops" trace. */
const STEPS: [number, string, Step][] = [
  [10, 'add', (_, r, random, now) => opAddCard(r.doc, random, now)],
  [20, 'move', (_, r, random, now) => opMoveCard(r.doc, random, now)],
  [12, 'update', (_, r, random, now) => opUpdateCard(r.doc, random, now)],
  [10, 'text', (_, r, random) => opEditDescription(r.doc, random)],
  [4, 'delete', (_, r, random) => opDeleteCard(r.doc, random)],
  [1.5, 'reshape', (_, r, random) => opReshapeBoard(r.doc, random)],
  [2, 'junk', (_, r, random) => opForeignWrite(r.doc, random)],
  [1.5, 'rootJunk', (_, r, random) => opForeignRootWrite(r.doc, random)],
  [7, 'drops', (net, _, random, now) => concurrentDrops(net, random, now)],
  [4, 'sameCard', (net, _, random, now) => concurrentMovesOfOneCard(net, random, now)],
  [4, 'undo', (_, r) => undoManagerOf(r.doc).undo()],
  [2, 'redo', (_, r) => undoManagerOf(r.doc).redo()],
  [6, 'off', (net, r) => net.disconnect(r)],
  [7, 'on', (net, r) => net.reconnect(r)],
  [18, 'deliver', (net, _, random) => net.deliver(1 + Math.floor(random() * 6))],
];
const TOTAL_WEIGHT = STEPS.reduce((sum, [weight]) => sum + weight, 0);

function step(net: Network, random: Random, now: number): string {
  const replica: Replica = pick(random, net.replicas)!;
  let r = random() * TOTAL_WEIGHT;
  for (const [weight, name, run] of STEPS) {
    r -= weight;
    if (r < 0) {
      run(net, replica, random, now);
      return `${name}@${replica.index}`;
    }
  }
  return 'none';
}

/** What a run went through, so the suite can check the fuzz still reaches its hard cases. */
interface FuzzStats {
  cards: number;
  unsorted: number;
  tiedCells: number;
  repaired: number;
  delivered: number;
}
const totals: FuzzStats = { cards: 0, unsorted: 0, tiedCells: 0, repaired: 0, delivered: 0 };

function runFuzz(seed: number, operations: number): { net: Network; stats: FuzzStats } {
  const random = mulberry32(seed);
  const replicaCount = 3 + Math.floor(random() * 3);
  const net = new Network(replicaCount, initialBoard(random), random);
  for (const replica of net.replicas) undoManagerOf(replica.doc);
  let now = 1_000_000;
  const trace: string[] = [];
  const stats: FuzzStats = { cards: 0, unsorted: 0, tiedCells: 0, repaired: 0, delivered: 0 };
  try {
    for (let i = 0; i < operations; i++) trace.push(step(net, random, (now += 1000)));
    net.flush();
    expectConverged(net.replicas.map((r) => r.doc));
    for (const replica of net.replicas) {
      expectEveryCardOnce(replica.doc);
      expectReadable(replica.doc);
    }
    const layout = layoutIds(net.replicas[0]!.doc);
    stats.cards = Object.values(layout.cells).flat().length + layout.unsorted.length;
    stats.unsorted = layout.unsorted.length;
    stats.tiedCells = tiedCells(net.replicas[0]!.doc).length;

    // Each client repairs the ties it sees, concurrently; after syncing no cell has a tie.
    for (const replica of net.replicas) {
      for (const column of listColumns(replica.doc)) {
        for (const lane of listLanes(replica.doc)) {
          stats.repaired += repairCellTies(replica.doc, column.id, lane.id, random);
        }
      }
    }
    net.flush();
    expectConverged(net.replicas.map((r) => r.doc));
    for (const replica of net.replicas) {
      expectEveryCardOnce(replica.doc);
      expect(tiedCells(replica.doc), 'cells with tied or invalid positions after repair').toEqual(
        [],
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const replay = `FUZZ_SEED=${seed} FUZZ_OPS=${operations}`;
    const last = trace.slice(-12).join(' ');
    const wrapped = new Error(`seed=${seed} (replay: ${replay}); last ops: ${last}\n${message}`);
    wrapped.stack = error instanceof Error ? error.stack : undefined;
    throw wrapped;
  }
  stats.delivered = net.delivered;
  return { net, stats };
}

describe('board document convergence fuzz', () => {
  it.each(SEEDS)(`seed=%i converges after ${OPERATIONS} random operations`, (seed) => {
    const { stats } = runFuzz(seed, OPERATIONS);
    expect(stats.delivered, `seed=${seed}: nothing was delivered`).toBeGreaterThan(0);
    for (const key of Object.keys(totals) as (keyof FuzzStats)[]) totals[key] += stats[key];
  });

  it('reaches the hard cases: orphaned cards, tied positions, repairs', () => {
    // Runs after the seeds above (vitest runs a file's tests in order).
    if (process.env.FUZZ_SEED) return;
    console.log(`convergence fuzz: ${SEEDS.length} seeds × ${OPERATIONS} ops`, totals);
    expect(totals.unsorted).toBeGreaterThan(0);
    expect(totals.tiedCells).toBeGreaterThan(0);
    expect(totals.repaired).toBeGreaterThan(0);
  });

  it('is deterministic for a seed (so a printed seed replays the failure)', () => {
    const a = runFuzz(42, 120).net.replicas[0]!.doc;
    const b = runFuzz(42, 120).net.replicas[0]!.doc;
    expect(layoutIds(a)).toEqual(layoutIds(b));
    expect(a.getMap('cards').toJSON()).toEqual(b.getMap('cards').toJSON());
  });

  it('notices diverged replicas (the check can fail)', () => {
    const random = mulberry32(7);
    const net = new Network(2, initialBoard(random), random);
    const [a, b] = net.replicas;
    net.disconnect(b!);
    opAddCard(a!.doc, random, 1);
    expect(() => expectConverged([a!.doc, b!.doc])).toThrow();
    net.flush();
    expectConverged([a!.doc, b!.doc]);
  });

  it('repairs ties from identical concurrent drops', () => {
    const random = mulberry32(11);
    const net = new Network(3, initialBoard(random), random);
    const [a, b, c] = net.replicas.map((r) => r.doc) as [Y.Doc, Y.Doc, Y.Doc];
    // An empty cell, so all three replicas see the same gap (start to end).
    const empty = listColumns(a)
      .flatMap((col) => listLanes(a).map((l) => ({ columnId: col.id, laneId: l.id })))
      .find((cell) => cellCards(a, cell.columnId, cell.laneId).length === 0)!;
    const { columnId: column, laneId: lane } = empty;
    const ids = [...a.getMap('cards').keys()].sort().slice(0, 3) as CardId[];
    moveCard(a, ids[0]!, { columnId: column, laneId: lane }, mulberry32(99), 1);
    moveCard(b, ids[1]!, { columnId: column, laneId: lane }, mulberry32(99), 1);
    moveCard(c, ids[2]!, { columnId: column, laneId: lane }, mulberry32(99), 1);
    net.flush();
    expectConverged([a, b, c]);
    const before = cellCards(a, column, lane);
    expect(new Set(before.map((card) => card.position)).size).toBeLessThan(before.length);
    repairCellTies(b, column, lane, mulberry32(5));
    net.flush();
    expectConverged([a, b, c]);
    expect(tiedCells(a)).toEqual([]);
    // Repair keeps the order everyone already saw.
    expect(cellCards(c, column, lane).map((card) => card.id)).toEqual(before.map((x) => x.id));
  });
});
