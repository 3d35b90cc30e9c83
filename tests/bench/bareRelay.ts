/**
 * The baseline for the fan-out benchmark: a bare Yjs relay speaking the y-websocket protocol,
 * with no auth, no storage and no validation: apply and broadcast, nothing else. Runs as its own
 * process (like the real server in the benchmark):
 *   node --import tsx tests/bench/bareRelay.ts   → prints {"url": "..."} on stdout
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  CLOSE,
  YJS_MESSAGE,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeUpdateMessage,
} from '@orderlane/shared';

interface RelayRoom {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  sockets: Set<WebSocket>;
}

export async function startBareRelay(): Promise<{ url: string; close(): Promise<void> }> {
  const rooms = new Map<string, RelayRoom>();
  const roomOf = (name: string): RelayRoom => {
    const room = rooms.get(name);
    if (room) return room;
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    const created: RelayRoom = { doc, awareness, sockets: new Set() };
    const broadcast = (message: Uint8Array) => {
      for (const socket of created.sockets) socket.send(message);
    };
    doc.on('update', (update: Uint8Array) => broadcast(encodeUpdateMessage(update)));
    awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      broadcast(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, changed)),
      );
    });
    rooms.set(name, created);
    return created;
  };

  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server: httpServer });
  wss.on('connection', (ws, req) => {
    const room = roomOf((req.url ?? '/').split('/').pop() ?? '');
    room.sockets.add(ws);
    ws.on('message', (data: Buffer) => {
      try {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        const encoder = encoding.createEncoder();
        const type = decoding.readVarUint(decoder);
        if (type === YJS_MESSAGE.sync) {
          encoding.writeVarUint(encoder, YJS_MESSAGE.sync);
          syncProtocol.readSyncMessage(decoder, encoder, room.doc, ws);
          if (encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder));
        } else if (type === YJS_MESSAGE.awareness) {
          awarenessProtocol.applyAwarenessUpdate(
            room.awareness,
            decoding.readVarUint8Array(decoder),
            ws,
          );
        }
      } catch {
        ws.close(CLOSE.badMessage, 'bad message');
      }
    });
    ws.on('close', () => room.sockets.delete(ws));
    ws.send(encodeSyncStep1(room.doc));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  void startBareRelay().then(({ url }) => process.stdout.write(`${JSON.stringify({ url })}\n`));
}
