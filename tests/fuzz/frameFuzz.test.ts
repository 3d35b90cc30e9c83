/**
 * The frame fuzz (`pnpm fuzz`, tests/fuzz/frames/) in CI size: a few thousand random and mutated
 * y-websocket, awareness and socket.io frames from hostile members against a real server while
 * honest providers edit. No crash, and every acknowledged honest edit survives the run and a
 * `kill -9` restart. A failure prints the report (seed, crashes with the frames before them,
 * lost edits); replay it with `pnpm fuzz --seed <seed> --frames <frames>`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_FUZZ, formatReport, runFrameFuzz } from './frames/runFrameFuzz';

const SEED = Number(process.env.FRAME_FUZZ_SEED ?? 20261204);
const FRAMES = Number(process.env.FRAME_FUZZ_FRAMES ?? 3_000);

describe('frame fuzz against a live server', () => {
  it(`survives ${FRAMES} hostile frames (seed ${SEED}) without a crash or a lost honest edit`, async () => {
    process.setMaxListeners(0);
    const report = await runFrameFuzz({
      ...DEFAULT_FRAME_FUZZ,
      seed: SEED,
      frames: FRAMES,
      baselineMs: 2_000,
      timeLimitMs: 30_000,
    });
    const summary = formatReport(report).join('\n');
    expect(report.framesSent, summary).toBe(FRAMES);
    expect(report.crashes, summary).toEqual([]);
    expect(report.lostAfterRun, summary).toEqual([]);
    expect(report.lostAfterRestart, summary).toEqual([]);
  }, 90_000);
});
