/**
 * Does one big Yjs update freeze the server for everyone else? A member sends one update that
 * adds 5,000 cards owned by a colleague (each one a history entry, a follow and a notification
 * to record) to a SQLite-backed server in a child process; meanwhile GET /api/health is asked
 * back to back. Prints the worst and median health latency with no update (baseline) and while
 * the update and its card activity land. Target: worst under 1 s.
 */
import os from 'node:os';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import { bulkCardsMessage } from '../support/bulkCards';
import { killChildren, startChildServer } from '../support/childServer';
import { tempDir } from '../support/server';
import { connectBoard, rawBoardSocket } from '../support/yjsClient';
import { median, ms, sleep } from './benchStats';

const CARDS = Number(process.env.BENCH_BULK_CARDS ?? 5_000);
const BASELINE_MS = 2_000;
/** Probing ends once the update is acknowledged and health has answered fast this long. */
const QUIET_MS = 1_500;
const SLOW_MS = 100;

/**
 * Asks /api/health back to back until `done()` says stop; returns each latency (ms). A request
 * that fails (a kept-alive connection the stalled server timed out meanwhile) counts with the
 * time it took, then the next one goes on a fresh connection.
 */
async function probeHealth(
  url: string,
  done: (samples: number[]) => boolean,
): Promise<{ samples: number[]; failed: number }> {
  const samples: number[] = [];
  let failed = 0;
  while (!done(samples)) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/api/health`);
      await res.text();
    } catch {
      failed++;
    }
    samples.push(performance.now() - t0);
  }
  return { samples, failed };
}

export default async function bulkUpdateHealthBench(): Promise<void> {
  const data = tempDir('orderlane-bench-bulk-');
  try {
    const child = await startChildServer(data.dir);
    const admin = await registerAccount(child, { name: 'Bulk Sender' });
    const colleague = await addMember(child, admin.cookie, 'logistics', 'member', 'Colleague');
    const board = await createBoard(child, admin.cookie, { title: 'Bulk', kind: 'orders' });
    const headers = { cookie: admin.cookie, origin: child.origin };

    const reader = connectBoard(child.url, board.id, { ...headers, trackEcho: false });
    await reader.waitForSync(30_000);
    const { message } = bulkCardsMessage(reader.doc, CARDS, colleague.me.user.id);
    reader.destroy();
    const socket = rawBoardSocket(child.url, board.id, headers);
    if ((await socket.status) !== 101) throw new Error('bulk sender refused');
    await sleep(200); // the room loads and answers the sync handshake

    const start = performance.now();
    const baseline = await probeHealth(child.url, () => performance.now() - start > BASELINE_MS);

    // The server echoes the update once it is stored: a message about as big as what we sent.
    let ackedAt = 0;
    socket.ws.on('message', (bytes: Buffer) => {
      if (!ackedAt && bytes.byteLength > message.byteLength / 2) ackedAt = performance.now();
    });
    const sentAt = performance.now();
    socket.ws.send(message);
    let lastSlowAt = sentAt;
    const during = await probeHealth(child.url, (samples) => {
      const now = performance.now();
      if ((samples.at(-1) ?? 0) > SLOW_MS) lastSlowAt = now;
      if (now - sentAt > 120_000) return true;
      return ackedAt > 0 && now - Math.max(lastSlowAt, ackedAt) > QUIET_MS;
    });
    socket.ws.close();

    const row = (name: string, { samples: s, failed }: { samples: number[]; failed: number }) =>
      `  ${name.padEnd(28)} worst ${ms(Math.max(...s))}  p50 ${ms(median(s))}  (${s.length} answers` +
      `${failed ? `, ${failed} failed` : ''})`;
    console.log(
      [
        `/api/health while one ${CARDS}-card update (${(message.byteLength / 1024).toFixed(0)} KiB, ` +
          `ownerId = a colleague) lands on SQLite (${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}):`,
        row('baseline (no update)', baseline),
        row('during the update', during),
        `  update acknowledged after ${ms(ackedAt - sentAt)}; target: worst under 1 s`,
      ].join('\n'),
    );
    // BENCH_CHILD_SIGTERM=1 stops it gracefully (so CHILD_NODE_ARGS=--cpu-prof can write a profile).
    await (process.env.BENCH_CHILD_SIGTERM ? child.stop() : child.kill());
  } finally {
    await killChildren();
    data.remove();
  }
}
