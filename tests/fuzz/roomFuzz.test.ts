/**
 * Seeded fuzz of the sync engine from inside: replicas routed through one real Room with random
 * delivery, disconnects, failed appends and server restarts from storage must converge with the
 * stored document (room/roomFuzzRun.ts).
 *
 * A failure names its seed (`seed=…`). Replay one with `ROOM_FUZZ_SEED=<seed> npx vitest run
 * tests/fuzz/roomFuzz.test.ts`, fix it, and add the seed to REGRESSION_SEEDS for good.
 */
import { describe, expect, it } from 'vitest';
import { runRoomFuzz, type RoomFuzzStats } from './room/roomFuzzRun';

/** Seeds that once failed: they run on every test run, before the others. */
const REGRESSION_SEEDS: number[] = [
  // A replica was sent another replica's update still waiting in the room for a predecessor whose
  // append had failed, sent it back in its step 2, and was refused as writing under another
  // member's client id (fixed: step 2 answers leave pending structs out, 2026-12-04).
  362,
  // The fuzz's own end: replicas closed by a failed append were not reconnected before the
  // checks (2026-12-04).
  38, 1475164643, 1648180451,
];

const OPERATIONS = Number(process.env.ROOM_FUZZ_OPS ?? 300);
/** Fixed seeds keep CI reproducible; a few fresh ones per run keep exploring. */
const FIXED_SEEDS = Array.from(
  { length: Number(process.env.ROOM_FUZZ_SEEDS ?? 40) },
  (_, i) => 1 + i,
);
const FRESH_SEEDS = Array.from({ length: 5 }, () => Math.floor(Math.random() * 2 ** 31));
const SEEDS = process.env.ROOM_FUZZ_SEED
  ? [Number(process.env.ROOM_FUZZ_SEED)]
  : [...new Set([...REGRESSION_SEEDS, ...FIXED_SEEDS, ...FRESH_SEEDS])];

const totals: RoomFuzzStats = {
  edits: 0,
  restarts: 0,
  serverChanges: 0,
  failedAppends: 0,
  refused: 0,
};

describe('room fuzz: replicas through one Room converge with storage', () => {
  it.each(SEEDS)(`seed=%i converges after ${OPERATIONS} random steps`, async (seed) => {
    const stats = await runRoomFuzz(seed, OPERATIONS);
    expect(stats.edits, `seed=${seed}: no edits`).toBeGreaterThan(0);
    for (const key of Object.keys(totals) as (keyof RoomFuzzStats)[]) totals[key] += stats[key];
  });

  it('reaches the hard cases: restarts, server changes, failed appends', () => {
    if (process.env.ROOM_FUZZ_SEED) return;
    console.log(`room fuzz: ${SEEDS.length} seeds × ${OPERATIONS} steps`, totals);
    expect(totals.restarts).toBeGreaterThan(0);
    expect(totals.serverChanges).toBeGreaterThan(0);
    expect(totals.failedAppends).toBeGreaterThan(0);
  });
});
