/**
 * Cold load of a big board: boards seeded directly in SQLite with 10,000 cards (as `addCard`
 * writes them), then the time from a new client's connect until the server's sync step 2 has
 * arrived and until the client is synced. Part of serverSync.bench.ts.
 */
import * as Y from 'yjs';
import { addCard, cardsMap, listColumns, listLanes, makeId, type CardId } from '@orderlane/shared';
import { SqliteStorage } from '@orderlane/server';
import { createBoard, registerAccount } from '../support/accounts';
import { startChildServer } from '../support/childServer';
import { tempDir } from '../support/server';
import { connectBoard, docFromStored } from '../support/yjsClient';
import { median, ms, sleep } from './benchStats';

/** Seeds boards with 10,000 cards directly in SQLite, then times connect → synced. */
export async function measureColdLoad(): Promise<string[]> {
  const cardCount = Number(process.env.BENCH_CARDS ?? 10_000);
  const data = tempDir('orderlane-bench-load-');
  let child = await startChildServer(data.dir);
  const admin = await registerAccount(child, { name: 'Load Admin' });
  const logBoard = await createBoard(child, admin.cookie, { title: '10k log', kind: 'orders' });
  const snapBoard = await createBoard(child, admin.cookie, {
    title: '10k snapshot',
    kind: 'orders',
  });
  await child.kill();

  const storage = SqliteStorage.open(data.dir);
  let snapshotBytes = 0;
  for (const board of [logBoard, snapBoard]) {
    const stored = await storage.documents.load(board.id);
    const doc = docFromStored(stored);
    const columns = listColumns(doc);
    const lanes = listLanes(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < cardCount; i++) {
      addCard(
        doc,
        {
          id: makeId(Math.random) as CardId,
          title: `PO-${100000 + i} ${i % 7 === 0 ? 'Rotterdam' : 'Hamburg'} furniture`,
          orderNo: `PO-${100000 + i}`,
          customer: `Customer ${i % 300}`,
          columnId: columns[i % columns.length]!.id,
          laneId: lanes[i % lanes.length]!.id,
          position: `a${i.toString(36)}`,
          createdBy: null,
          description: i % 10 === 0 ? 'Check the carton marks before loading.' : '',
        },
        1_700_000_000_000 + i,
      );
    }
    if (board === logBoard) {
      for (let i = 0; i < updates.length; i += 1000)
        await storage.documents.append(board.id, updates.slice(i, i + 1000));
    } else {
      // The steady state: a compacted snapshot plus a short tail of recent updates.
      const snapshot = Y.encodeStateAsUpdate(doc);
      snapshotBytes = snapshot.byteLength;
      await storage.documents.compact(board.id, snapshot, stored.lastSeq);
      const tail = updates.slice(-200);
      await storage.documents.append(board.id, tail);
    }
  }
  await storage.close();

  child = await startChildServer(data.dir, { ORDERLANE_ROOM_UNLOAD_MS: '50' });
  /** [ms until the server's sync step 2 has arrived, ms until the client is synced]. */
  const timeLoad = async (boardId: string): Promise<[number, number]> => {
    const t0 = performance.now();
    let answered = 0;
    const client = connectBoard(child.url, boardId, {
      cookie: admin.cookie,
      origin: child.origin,
      trackEcho: false,
      onMessage: (data) => {
        if (!answered && data[0] === 0 && data[1] === 1) answered = performance.now() - t0;
      },
    });
    const synced = await new Promise<number>((resolve) =>
      client.provider.once('sync', () => resolve(performance.now() - t0)),
    );
    const cards = cardsMap(client.doc).size;
    client.destroy();
    if (cards < cardCount) throw new Error(`loaded only ${cards} cards`);
    await sleep(400); // let the room unload, so the next load is cold again
    return [answered, synced];
  };
  const fromLog = await timeLoad(logBoard.id);
  const runs: [number, number][] = [];
  for (let i = 0; i < 5; i++) runs.push(await timeLoad(snapBoard.id));
  const serverPart = runs.map((r) => r[0]);
  const total = runs.map((r) => r[1]);
  await child.kill();
  data.remove();
  const lines = [
    `cold load of a ${cardCount}-card board (${(snapshotBytes / 1e6).toFixed(1)} MB snapshot), median of ${runs.length}:`,
    `  connect → server's sync step 2 received (auth + room load + encode + transfer): ${ms(median(serverPart))}`,
    `  connect → client synced (… + client applies the document): ${ms(median(total))}`,
    `  first load of an uncompacted log of ${cardCount} updates: step 2 after ${ms(fromLog[0])}, synced after ${ms(fromLog[1])}`,
  ];
  console.log(lines.join('\n'));
  return lines;
}
