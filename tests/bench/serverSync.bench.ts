/**
 * Server sync figures, in one run: fan-out latency of a card move to N = 50 and 200 Yjs clients
 * (real server vs a bare relay, same run), durable updates per second through the real server
 * with SQLite, and the cold load time of a 10,000-card board. Servers run in child processes;
 * the clients live in this process. Loopback only.
 */
import os from 'node:os';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  initBoardDoc,
  listColumns,
  listLanes,
  makeId,
  moveCard,
  type CardId,
  type ColumnId,
  type LaneId,
  entryOf,
  encodeUpdateMessage,
} from '@orderlane/shared';
import { createBoard, registerAccount } from '../support/accounts';
import {
  killChildren,
  spawnUrlPrinter,
  startChildServer,
  type ChildServer,
} from '../support/childServer';
import { tempDir } from '../support/server';
import { connectBoard, rawBoardSocket, waitFor, type BoardClient } from '../support/yjsClient';
import { ms, percentile, sleep } from './benchStats';
import { measureColdLoad } from './coldLoad';

const MOVES = Number(process.env.BENCH_MOVES ?? 30);
const FAN_OUT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const FAN_OUT_SIZES = (process.env.BENCH_FAN_OUT ?? '50,200').split(',').map(Number);

interface Target {
  url: string;
  room: string;
  headers: { cookie?: string; origin?: string };
  stop(): Promise<void>;
}

/** One account stands for a room full of people here: its per-member budgets are lifted. */
const ONE_ACCOUNT_FOR_MANY = {
  ORDERLANE_CONNECTION_BURST: '1000000',
  ORDERLANE_MAX_OPEN_CONNECTIONS: '1000000',
  ORDERLANE_YJS_BURST_BYTES: String(1e12),
};

async function realServerTarget(
  env: Record<string, string> = {},
): Promise<Target & { child: ChildServer }> {
  const data = tempDir('orderlane-bench-');
  const child = await startChildServer(data.dir, { ...ONE_ACCOUNT_FOR_MANY, ...env });
  const admin = await registerAccount(child, { name: 'Bench Admin' });
  const board = await createBoard(child, admin.cookie, { title: 'Bench board', kind: 'orders' });
  return {
    child,
    url: child.url,
    room: board.id,
    headers: { cookie: admin.cookie, origin: child.origin },
    async stop() {
      await (process.env.BENCH_CHILD_SIGTERM ? child.stop() : child.kill());
      data.remove();
    },
  };
}

async function bareRelayTarget(): Promise<Target> {
  const child = await spawnUrlPrinter('tests/bench/bareRelay.ts', []);
  return { url: child.url, room: 'bench-board', headers: {}, stop: () => child.kill() };
}

async function connectMany(
  target: Target,
  count: number,
  trackEcho = false,
): Promise<BoardClient[]> {
  const clients: BoardClient[] = [];
  for (let i = 0; i < count; i += 25) {
    const wave = Array.from({ length: Math.min(25, count - i) }, () =>
      connectBoard(target.url, target.room, { ...target.headers, trackEcho }),
    );
    clients.push(...wave);
    await Promise.all(wave.map((c) => c.waitForSync(60_000)));
  }
  return clients;
}

/** Latencies (ms) from the mover's transaction to each other client seeing the moved card. */
async function fanOut(target: Target, n: number): Promise<number[]> {
  const [mover] = await connectMany(target, 1);
  if (listColumns(mover!.doc).length === 0) {
    // The bare relay has no server-made board: give it the same template.
    initBoardDoc(mover!.doc, {
      title: 'Bench board',
      kind: 'orders',
      newId: () => makeId(Math.random),
    });
  }
  const columns = listColumns(mover!.doc);
  const lane = listLanes(mover!.doc)[0]!;
  const cardId = makeId(Math.random) as CardId;
  addCard(
    mover!.doc,
    {
      id: cardId,
      title: 'PO-4711',
      columnId: columns[0]!.id,
      laneId: lane.id as LaneId,
      position: 'a0',
      createdBy: null,
    },
    Date.now(),
  );
  const receivers = await connectMany(target, n - 1);
  await waitFor(
    () => receivers.every((r) => cardsMap(r.doc).has(cardId)),
    60_000,
    'card everywhere',
  );

  const samples: number[] = [];
  let pending: { columnId: string; t0: number; seen: Set<BoardClient> } | null = null;
  for (const receiver of receivers) {
    receiver.doc.on('update', () => {
      if (!pending || pending.seen.has(receiver)) return;
      if (entryOf(cardsMap(receiver.doc), cardId)?.get('columnId') !== pending.columnId) return;
      pending.seen.add(receiver);
      samples.push(performance.now() - pending.t0);
    });
  }
  for (let i = 0; i < MOVES; i++) {
    const column = columns[(i + 1) % columns.length]!;
    pending = { columnId: column.id, t0: performance.now(), seen: new Set() };
    moveCard(
      mover!.doc,
      cardId,
      { columnId: column.id as ColumnId, laneId: lane.id as LaneId },
      Math.random,
      Date.now(),
    );
    const current = pending;
    await waitFor(() => current.seen.size === receivers.length, 30_000, 'move everywhere');
    await sleep(20);
  }
  for (const client of [mover!, ...receivers]) client.destroy();
  return samples;
}

async function measureFanOut(): Promise<string[]> {
  const lines: string[] = [];
  for (const n of FAN_OUT_SIZES) {
    // Interleaved rounds, so drift in this machine's load hits both sides alike.
    const bare: number[] = [];
    const real: number[] = [];
    for (let round = 0; round < FAN_OUT_ROUNDS; round++) {
      const relay = await bareRelayTarget();
      bare.push(...(await fanOut(relay, n)));
      await relay.stop();
      const server = await realServerTarget();
      real.push(...(await fanOut(server, n)));
      await server.stop();
    }
    const row = (name: string, s: number[]) =>
      `  ${name.padEnd(12)} p50 ${ms(percentile(s, 50))}  p99 ${ms(percentile(s, 99))}  (${s.length} deliveries)`;
    lines.push(
      `fan-out of a card move to N=${n} clients (${FAN_OUT_ROUNDS} × ${MOVES} moves):`,
      row('orderlane', real),
      row('bare relay', bare),
      `  ratio p99 ${(percentile(real, 99) / percentile(bare, 99)).toFixed(2)}x, p50 ${(percentile(real, 50) / percentile(bare, 50)).toFixed(2)}x`,
    );
    console.log(lines.slice(-4).join('\n'));
  }
  return lines;
}

/** Many writers sending small updates at once; counts updates the server acknowledged (echoed). */
/**
 * Many writers sending small updates at once, as fast as the server acknowledges them. Writers
 * are bare sockets sending pre-encoded updates (so this process's CPU is not what is measured);
 * one observer provider sees the broadcast, which is the same message that acknowledges each
 * writer: the run ends when the observer holds every writer's last update.
 */
async function measureDurableThroughput(): Promise<string> {
  const writers = Number(process.env.BENCH_WRITERS ?? 50);
  const perWriter = Number(process.env.BENCH_UPDATES_PER_WRITER ?? 400);
  const server = await realServerTarget();
  const observer = connectBoard(server.url, server.room, { ...server.headers, trackEcho: false });
  await observer.waitForSync(30_000);
  const lane = listLanes(observer.doc)[0]!;
  const column = listColumns(observer.doc)[0]!;

  const plans = await Promise.all(
    Array.from({ length: writers }, async () => {
      const doc = new Y.Doc();
      const messages: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => messages.push(encodeUpdateMessage(update)));
      const id = makeId(Math.random) as CardId;
      const card = { id, title: 'writer', columnId: column.id, laneId: lane.id, position: 'a0' };
      addCard(doc, { ...card, createdBy: null }, Date.now());
      const map = entryOf(cardsMap(doc), id)!;
      for (let k = 0; k < perWriter; k++) map.set('quantity', k); // one small update each
      const socket = rawBoardSocket(server.url, server.room, server.headers);
      if ((await socket.status) !== 101) throw new Error('writer refused');
      return { doc, messages, socket, finalClock: Y.getState(doc.store, doc.clientID) };
    }),
  );
  const t0 = performance.now();
  for (let i = 0; i < perWriter + 1; i += 10) {
    for (const plan of plans)
      for (const m of plan.messages.slice(i, i + 10)) plan.socket.ws.send(m);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await waitFor(
    () => plans.every((p) => Y.getState(observer.doc.store, p.doc.clientID) >= p.finalClock),
    120_000,
    'every update acknowledged',
  );
  const seconds = (performance.now() - t0) / 1000;
  const total = writers * (perWriter + 1);
  for (const plan of plans) plan.socket.ws.close();
  observer.destroy();
  await server.stop();
  const line = `durable updates: ${total} small updates from ${writers} writers stored + broadcast in ${(seconds * 1000).toFixed(0)} ms = ${Math.round(total / seconds)} updates/s (SQLite, synchronous=FULL)`;
  console.log(line);
  return line;
}

export default async function serverSyncBench(): Promise<void> {
  const started = Date.now();
  const load = () =>
    os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(' ');
  // The figures move with whatever else the machine runs: print its load with them.
  const loadBefore = load();
  // BENCH_PARTS=fanout,throughput,load picks parts (all by default).
  const parts = (process.env.BENCH_PARTS ?? 'fanout,throughput,load').split(',');
  const lines: string[] = [];
  try {
    if (parts.includes('fanout')) lines.push(...(await measureFanOut()));
    if (parts.includes('throughput')) lines.push(await measureDurableThroughput());
    if (parts.includes('load')) lines.push(...(await measureColdLoad()));
  } finally {
    await killChildren();
  }
  console.log(
    `\nserverSync summary (${((Date.now() - started) / 1000).toFixed(0)} s, ${os.cpus().length} CPUs, ` +
      `load average before ${loadBefore}, after ${load()}):\n${lines.join('\n')}`,
  );
}
