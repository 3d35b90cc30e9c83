/**
 * `pnpm fuzz [--seed N] [--frames 100000] [--time-limit 600] [--baseline 15]`: the seeded frame
 * fuzz (runFrameFuzz.ts) against a real server in a child process, loopback only. Prints the
 * seed first, so any run can be replayed; exits 1 on a crash or a lost honest edit.
 */
import { DEFAULT_FRAME_FUZZ, formatReport, runFrameFuzz } from './runFrameFuzz';

// Every y-websocket provider adds a process 'exit' listener.
process.setMaxListeners(0);

function flag(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a number`);
    process.exit(2);
  }
  return value;
}

const seed = flag('seed') ?? Math.floor(Math.random() * 2 ** 31);
const seconds = (name: string) => (flag(name) === undefined ? undefined : flag(name)! * 1000);
console.log(`frame fuzz, seed ${seed} (replay: pnpm fuzz --seed ${seed})`);
const report = await runFrameFuzz({
  ...DEFAULT_FRAME_FUZZ,
  seed,
  frames: flag('frames') ?? DEFAULT_FRAME_FUZZ.frames,
  timeLimitMs: seconds('time-limit') ?? DEFAULT_FRAME_FUZZ.timeLimitMs,
  baselineMs: seconds('baseline') ?? DEFAULT_FRAME_FUZZ.baselineMs,
  log: (line) => console.log(line),
});
console.log(`\n${formatReport(report).join('\n')}`);
const failed =
  report.crashes.length > 0 || report.lostAfterRun.length + report.lostAfterRestart.length > 0;
// Providers and sockets leave timers behind; do not wait for them.
process.exit(failed ? 1 : 0);
