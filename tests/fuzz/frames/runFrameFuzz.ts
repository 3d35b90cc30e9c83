/**
 * One frame-fuzz run against a real server (child process, SQLite in a temp dir):
 *   1. honest providers edit alone for a while (the latency baseline);
 *   2. hostile members send random and mutated frames while the honest ones keep editing;
 *   3. every acknowledged honest edit must be in a fresh client's document, and again after the
 *      server is killed (-9) and started on the same data dir.
 * Everything is a function of the seed except timing (which frames race which edits).
 */
import * as Y from 'yjs';
import { addMember, createBoard, registerAccount } from '../../support/accounts';
import { createMeeting, createSeries } from '../../support/meetings';
import { tempDir } from '../../support/server';
import { connectBoard } from '../../support/yjsClient';
import { percentile } from '../../bench/benchStats';
import { seededRng } from './fuzzRandom';
import { HonestEditors, type HonestEdit } from './honestEditors';
import { HostileFleet, type FuzzedBoard, type SentFrame } from './hostileFleet';
import { HEALTH_DEADLINE_MS, startWatchedServer, type Crash } from './watchedServer';

export interface FrameFuzzOptions {
  seed: number;
  frames: number;
  /** The fuzz phase stops here even when frames are left. */
  timeLimitMs: number;
  baselineMs: number;
  hostileConnections: number;
  honestClients: number;
  /** Each honest client edits once per interval. */
  editIntervalMs: number;
  burstPauseMs: number;
  log(line: string): void;
}

export const DEFAULT_FRAME_FUZZ: Omit<FrameFuzzOptions, 'seed'> = {
  frames: 100_000,
  timeLimitMs: 10 * 60_000,
  baselineMs: 15_000,
  hostileConnections: 8,
  honestClients: 3,
  editIntervalMs: 100,
  burstPauseMs: 10,
  log: () => undefined,
};

export interface FrameFuzzReport {
  seed: number;
  framesSent: number;
  byChannel: Record<string, number>;
  hostileConnections: number;
  unreadConnections: number;
  closeCodes: [number, number][];
  fuzzMs: number;
  crashes: (Crash & { suspects: SentFrame[] })[];
  honestEdits: number;
  honestAcked: number;
  /** Never acknowledged, even after the run: not counted as lost (the server never promised). */
  honestUnacked: number;
  /** Of those, the ones a fresh document after the restart holds anyway. */
  honestUnackedStored: number;
  unackedMarkers: string[];
  /** Close codes of honest connections during the run (the final restart excluded). */
  honestCloseCodes: [number, number][];
  lostAfterRun: HonestEdit[];
  lostAfterRestart: HonestEdit[];
  /** Acknowledged and stored, but not shown: another member deleted or overwrote the card. */
  hiddenAfterRestart: HonestEdit[];
  /** For each card with a hidden edit: what the restarted server's document holds of it. */
  hiddenCards: [string, string][];
  baselineP95: number;
  fuzzP95: number;
  baselineSamples: number;
  fuzzSamples: number;
  serverLog: [string, number][];
  /** The server's peak resident memory (MB) while honest clients edited alone, and under fuzz. */
  peakRssMb: [number, number];
}

/** Records the board's updates as an honest replica receives them, for the fuzz to replay. */
function watchBoard(id: string, model: Y.Doc): FuzzedBoard {
  const board: FuzzedBoard = { id, model, recentUpdates: [] };
  model.on('update', (update: Uint8Array) => {
    board.recentUpdates.push(update);
    if (board.recentUpdates.length > 64) board.recentUpdates.shift();
  });
  return board;
}

async function freshDocument(url: string, cookie: string, boardId: string): Promise<Y.Doc> {
  const client = connectBoard(url, boardId, { cookie, origin: url, trackEcho: false });
  await client.waitForSync(60_000);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  client.destroy();
  return doc;
}

export async function runFrameFuzz(options: FrameFuzzOptions): Promise<FrameFuzzReport> {
  const { log } = options;
  const rng = seededRng(options.seed);
  const startedAt = Date.now();
  const data = tempDir('orderlane-frame-fuzz-');
  const server = await startWatchedServer(data.dir, startedAt);
  const honestRng = rng.fork();
  let editors: HonestEditors | null = null;
  try {
    const admin = await registerAccount(server, { name: 'Honest Admin' });
    const board = await createBoard(server, admin.cookie, {
      title: 'Fuzzed orders',
      kind: 'orders',
    });
    const series = await createSeries(server, admin.cookie, 'daily', [board.id]);
    const meeting = await createMeeting(server, admin.cookie, series.id, { start: true });
    const hostile = [];
    for (let i = 0; i < options.hostileConnections; i++)
      hostile.push(await addMember(server, admin.cookie, 'sales', 'member', `Hostile ${i}`));

    editors = new HonestEditors({
      url: server.url,
      origin: server.origin,
      cookie: admin.cookie,
      boardId: board.id,
      count: options.honestClients,
      intervalMs: options.editIntervalMs,
      rng: honestRng,
    });
    const meetingModel = connectBoard(server.url, series.id, {
      cookie: admin.cookie,
      origin: server.origin,
      trackEcho: false,
    });
    await Promise.all([editors.waitForSync(), meetingModel.waitForSync(30_000)]);
    const liveEditors = editors;
    let meetingClient = meetingModel;
    server.onRestart((url) => {
      log(`server restarted at ${url}`);
      liveEditors.reconnect(url);
      meetingClient.provider.destroy();
      meetingClient = connectBoard(url, series.id, {
        cookie: admin.cookie,
        origin: url,
        trackEcho: false,
        doc: meetingClient.doc,
      });
    });

    log(
      `baseline: ${options.honestClients} honest clients editing alone for ${options.baselineMs} ms`,
    );
    server.takePeakRssMb();
    editors.start('baseline');
    await new Promise((resolve) => setTimeout(resolve, options.baselineMs));
    await editors.waitForAcks(10_000);
    const baselineRss = server.takePeakRssMb();

    const fleet = new HostileFleet({
      server: () => server,
      cookies: hostile.map((h) => h.cookie),
      boards: {
        orders: watchBoard(board.id, editors.model),
        meeting: watchBoard(series.id, meetingModel.doc),
      },
      meetingIds: [meeting.id],
      honestClientIds: () => liveEditors.clientIds,
      socketIo: {
        boardIds: [board.id, series.id, 'abcdefghijklmnop', 'x'],
        meetings: [{ boardId: series.id, meetingId: meeting.id }],
        userIds: [admin.me.user.id, ...hostile.map((h) => h.me.user.id)],
      },
      rng: rng.fork(),
      burstPauseMs: options.burstPauseMs,
      startedAt,
    });
    const suspects = new Map<Crash, SentFrame[]>();
    server.onCrash((crash) => {
      const at = crash.kind === 'hang' ? crash.at - HEALTH_DEADLINE_MS : crash.at;
      suspects.set(crash, fleet.suspectsBefore(at));
      log(`CRASH (${crash.kind}) after ${fleet.framesSent} frames: ${crash.detail}`);
    });
    log(
      `fuzz: ${options.hostileConnections} hostile members, ${options.frames} frames (seed ${options.seed})`,
    );
    editors.start('fuzz');
    const fuzzStarted = Date.now();
    const progress = setInterval(
      () => log(`  ${fleet.framesSent} frames, ${server.crashes.length} crashes`),
      10_000,
    );
    await fleet.run(options.frames, fuzzStarted + options.timeLimitMs);
    clearInterval(progress);
    const fuzzMs = Date.now() - fuzzStarted;
    const fuzzRss = server.takePeakRssMb();
    editors.stop();
    const unacked = await editors.waitForAcks(20_000);
    const honestCloseCodes = [...editors.closeCodes];

    log('checking every acknowledged honest edit in a fresh client');
    const afterRun = editors.verify(await freshDocument(server.url, admin.cookie, board.id));
    log('killing the server (-9) and starting it on the same data dir');
    await server.restart();
    const afterRestart = editors.verify(await freshDocument(server.url, admin.cookie, board.id));
    meetingClient.destroy();

    const baseline = editors.latencies('baseline');
    const fuzz = editors.latencies('fuzz');
    return {
      seed: options.seed,
      framesSent: fleet.framesSent,
      byChannel: { ...fleet.byChannel },
      hostileConnections: fleet.connections,
      unreadConnections: fleet.unreadConnections,
      closeCodes: [...fleet.closeCodes].sort((a, b) => b[1] - a[1]),
      fuzzMs,
      crashes: server.crashes.map((c) => ({ ...c, suspects: suspects.get(c) ?? [] })),
      honestEdits: editors.edits.length,
      honestAcked: editors.edits.length - unacked,
      honestUnacked: unacked,
      honestUnackedStored: afterRestart.unackedStored,
      unackedMarkers: editors.edits
        .filter((e) => e.ackedAt === undefined)
        .map((e) => `${e.kind} ${e.marker} (${e.phase})`),
      honestCloseCodes,
      lostAfterRun: afterRun.lost,
      lostAfterRestart: afterRestart.lost,
      hiddenAfterRestart: afterRestart.hidden,
      hiddenCards: [...afterRestart.found],
      baselineP95: percentile(baseline, 95),
      fuzzP95: percentile(fuzz, 95),
      baselineSamples: baseline.length,
      fuzzSamples: fuzz.length,
      serverLog: [...server.logCounts].sort((a, b) => b[1] - a[1]),
      peakRssMb: [baselineRss, fuzzRss],
    };
  } finally {
    editors?.destroy();
    await server.stop();
    data.remove();
  }
}

/** The report as the lines `pnpm fuzz` prints. */
export function formatReport(report: FrameFuzzReport): string[] {
  const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
  const lines = [
    `seed ${report.seed}`,
    `frames sent: ${report.framesSent} in ${(report.fuzzMs / 1000).toFixed(1)} s (${Object.entries(
      report.byChannel,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}) over ${report.hostileConnections} hostile connections (${report.unreadConnections} of them never reading)`,
    `  hostile connections ended with: ${report.closeCodes.map(([c, n]) => `${c}×${n}`).join(' ')}`,
    `crashes: ${report.crashes.length}`,
  ];
  for (const crash of report.crashes) {
    lines.push(`  ${crash.kind} at ${(crash.at / 1000).toFixed(1)} s: ${crash.detail}`);
    if (crash.stderrTail.trim())
      lines.push(
        ...crash.stderrTail
          .trim()
          .split('\n')
          .slice(-15)
          .map((l) => `    | ${l}`),
      );
    lines.push('    last frames of each connection before it:');
    for (const f of crash.suspects)
      lines.push(`    conn ${f.conn} ${f.channel} ${f.kind} (${f.length} B): ${f.head}`);
  }
  lines.push(
    `honest edits: ${report.honestEdits}, acknowledged ${report.honestAcked}, never acknowledged ${report.honestUnacked} (stored anyway: ${report.honestUnackedStored}) ${report.unackedMarkers.slice(0, 5).join(', ')}`,
    `  honest connections closed by the server: ${report.honestCloseCodes.map(([c, n]) => `${c}×${n}`).join(' ') || 'none'}`,
    `honest edits lost: ${report.lostAfterRun.length} after the run, ${report.lostAfterRestart.length} after a restart`,
  );
  for (const edit of [...report.lostAfterRun, ...report.lostAfterRestart].slice(0, 10))
    lines.push(`  lost: ${edit.kind} ${edit.marker} card ${edit.cardId} (${edit.phase})`);
  lines.push(
    `honest edits stored but hidden by another member's write (delete/overwrite): ${report.hiddenAfterRestart.length}`,
  );
  for (const [cardId, state] of report.hiddenCards.slice(0, 10))
    lines.push(`  card ${cardId}: ${state}`);
  lines.push(
    `honest p95 edit latency (send → ack): baseline ${ms(report.baselineP95)} (${report.baselineSamples} edits), ` +
      `under fuzz ${ms(report.fuzzP95)} (${report.fuzzSamples} edits), ratio ${(report.fuzzP95 / report.baselineP95).toFixed(2)}×`,
    `server peak memory (RSS): baseline ${report.peakRssMb[0].toFixed(0)} MB, under fuzz ${report.peakRssMb[1].toFixed(0)} MB`,
    'server log (warn and above):',
    ...report.serverLog.slice(0, 20).map(([msg, n]) => `  ${String(n).padStart(6)} × ${msg}`),
  );
  return lines;
}
