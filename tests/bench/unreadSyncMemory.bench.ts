/**
 * A viewer that asks for the whole board again and again and never reads the answers: how much
 * the server's resident memory grows. The board holds ~9 MB of card descriptions (seeded
 * directly in SQLite); the viewer is a hand-written WebSocket (tests/support/rawWebSocket.ts)
 * that stops reading after the handshake and sends a sync step 1 every 50 ms. The server runs in a child process; its RSS is read from /proc/<pid>/status.
 *   pnpm bench unreadSyncMemory   (BENCH_UNREAD_REQUESTS, BENCH_UNREAD_TEXT_MB)
 */
import { readFileSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard, listColumns, listLanes, makeId, YJS_PATH, type CardId } from '@orderlane/shared';
import { SqliteStorage } from '@orderlane/server';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import { killChildren, startChildServer, type ChildServer } from '../support/childServer';
import { openRawWebSocket } from '../support/rawWebSocket';
import { tempDir } from '../support/server';
import { docFromStored, waitFor } from '../support/yjsClient';
import { sleep } from './benchStats';

const REQUESTS = Number(process.env.BENCH_UNREAD_REQUESTS ?? 120);
const TEXT_MB = Number(process.env.BENCH_UNREAD_TEXT_MB ?? 9);
const CARD_TEXT_BYTES = 45_000;
const MiB = 1024 * 1024;

function rssMiB(child: ChildServer): number {
  const status = readFileSync(`/proc/${child.process.pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

/**
 * The step 1 of a client that holds nothing of the board but a change of its own (a viewer's
 * dropped edit): its state vector is not empty, so each answer is the whole board encoded anew.
 */
function step1OfStranger(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('scratch').set('note', 1);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Appends ~TEXT_MB of card descriptions to the board's stored log, in SQLite directly. */
async function seedText(dataDir: string, boardId: string): Promise<number> {
  const storage = SqliteStorage.open(dataDir);
  const doc = docFromStored(await storage.documents.load(boardId));
  const columns = listColumns(doc);
  const lanes = listLanes(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const cards = Math.ceil((TEXT_MB * 1_000_000) / CARD_TEXT_BYTES);
  for (let i = 0; i < cards; i++) {
    const line = `Carton marks, inspection notes and shipping marks for order ${i}. `;
    addCard(
      doc,
      {
        id: makeId(Math.random) as CardId,
        title: `PO-${200000 + i}`,
        columnId: columns[i % columns.length]!.id,
        laneId: lanes[i % lanes.length]!.id,
        position: `a${i.toString(36)}`,
        createdBy: null,
        description: line.repeat(Math.ceil(CARD_TEXT_BYTES / line.length)),
      },
      1_700_000_000_000 + i,
    );
  }
  await storage.documents.append(boardId, updates);
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  doc.destroy();
  await storage.close();
  return bytes;
}

export default async function unreadSyncMemoryBench(): Promise<void> {
  const data = tempDir('orderlane-bench-unread-');
  try {
    let child = await startChildServer(data.dir);
    const admin = await registerAccount(child, { name: 'Bench Admin' });
    const viewer = await addMember(child, admin.cookie, 'sales', 'viewer', 'Idle Viewer');
    const board = await createBoard(child, admin.cookie, { title: 'Big text', kind: 'orders' });
    await child.kill();
    const docBytes = await seedText(data.dir, board.id);
    child = await startChildServer(data.dir);

    const raw = openRawWebSocket(child.url, `${YJS_PATH}/${board.id}`, {
      cookie: viewer.cookie,
      origin: child.origin,
    });
    if ((await raw.status) !== 101) throw new Error('viewer refused');
    // The server greets with its own step 1 once the room is loaded; from then on, never read.
    await waitFor(() => raw.messages.length > 0, 60_000, 'greeting');
    raw.pause();
    await sleep(500);
    const before = rssMiB(child);
    let peak = before;
    const step1 = step1OfStranger();
    for (let i = 0; i < REQUESTS && !raw.isClosed(); i++) {
      raw.sendBinary(step1);
      await sleep(50);
      peak = Math.max(peak, rssMiB(child));
    }
    await sleep(2_000);
    const after = rssMiB(child);
    peak = Math.max(peak, after);
    console.log(
      `server RSS under ${REQUESTS} unread sync requests (one every 50 ms) on a board of ` +
        `${(docBytes / MiB).toFixed(1)} MiB: before ${before.toFixed(0)} MiB, after ` +
        `${after.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, growth ` +
        `${(peak - before).toFixed(0)} MiB (target < 50 MiB)` +
        `${raw.isClosed() ? '; the server closed the connection' : ''}`,
    );
    raw.destroy();
  } finally {
    await killChildren();
    data.remove();
  }
}
