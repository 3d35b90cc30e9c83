/**
 * The hostile side of the frame fuzz: N signed-in members, each on one raw `ws` connection at a
 * time (y-websocket on the order board or the meeting board, or socket.io), sending frames in
 * bursts and waiting for each burst to drain before a short pause, so the server is attacked
 * rather than merely buried. A connection the server closes is opened again; the frame budget
 * and the deadline are shared by all.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { SOCKET_IO_PATH, YJS_PATH } from '@orderlane/shared';
import type { Rng } from './fuzzRandom';
import type { HostileReplica } from './hostileEdits';
import { nextSocketIoFrames, type SocketIoFrameContext } from './socketIoFrames';
import { nextYjsFrame, type Frame } from './yjsFrames';

export interface FuzzedBoard {
  id: string;
  /** The board as an honest provider holds it. */
  model: Y.Doc;
  /** Real updates of the board seen lately, to replay. */
  recentUpdates: Uint8Array[];
}

export interface FleetOptions {
  server(): { url: string; origin: string };
  /** One session cookie per hostile connection. */
  cookies: string[];
  boards: { orders: FuzzedBoard; meeting: FuzzedBoard };
  meetingIds: string[];
  honestClientIds(): number[];
  socketIo: SocketIoFrameContext;
  rng: Rng;
  /** Pause after each drained burst, per connection. */
  burstPauseMs: number;
  /** Date.now() at the start of the run: frame times are ms since then (as crash times are). */
  startedAt: number;
}

export interface SentFrame {
  conn: number;
  channel: Channel;
  kind: string;
  length: number;
  /** The frame's first bytes (hex) or characters. */
  head: string;
  at: number;
}

type Channel = 'yjs:orders' | 'yjs:meeting' | 'socket.io';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const HISTORY = 5_000;

function headOf(frame: Frame): string {
  if (typeof frame.data === 'string') return JSON.stringify(frame.data.slice(0, 80));
  return (
    Buffer.from(frame.data.subarray(0, 48)).toString('hex') + (frame.data.length > 48 ? '…' : '')
  );
}

export class HostileFleet {
  framesSent = 0;
  readonly byChannel: Record<Channel, number> = {
    'yjs:orders': 0,
    'yjs:meeting': 0,
    'socket.io': 0,
  };
  connections = 0;
  /** Connections that stopped reading right after the greeting. */
  unreadConnections = 0;
  /** Close codes the server (or ws) ended hostile connections with → count. */
  readonly closeCodes = new Map<number, number>();
  private readonly history: SentFrame[] = [];
  private budget = 0;
  private deadline = 0;

  constructor(private readonly options: FleetOptions) {}

  /** Sends until `frames` frames are out or `deadline` (Date.now()) has passed. */
  async run(frames: number, deadline: number): Promise<void> {
    this.budget = frames;
    this.deadline = deadline;
    await Promise.all(
      this.options.cookies.map((cookie, i) =>
        this.connectionLoop(i, cookie, this.options.rng.fork()),
      ),
    );
  }

  /** The last frames each connection sent before `at` (ms since start): the suspects of a crash. */
  suspectsBefore(at: number, perConnection = 3): SentFrame[] {
    const out: SentFrame[] = [];
    for (let conn = 0; conn < this.options.cookies.length; conn++)
      out.push(...this.history.filter((f) => f.conn === conn && f.at <= at).slice(-perConnection));
    return out.sort((a, b) => a.at - b.at);
  }

  private done(): boolean {
    return this.framesSent >= this.budget || Date.now() > this.deadline;
  }

  private async connectionLoop(conn: number, cookie: string, rng: Rng): Promise<void> {
    const replicas: Record<'orders' | 'meeting', HostileReplica> = {
      orders: { doc: new Y.Doc(), ownCards: [] },
      meeting: { doc: new Y.Doc(), ownCards: [] },
    };
    while (!this.done()) {
      const r = rng();
      const channel: Channel = r < 0.45 ? 'yjs:orders' : r < 0.6 ? 'yjs:meeting' : 'socket.io';
      const { url, origin } = this.options.server();
      const wsUrl = url.replace(/^http/, 'ws');
      const board =
        channel === 'yjs:meeting' ? this.options.boards.meeting : this.options.boards.orders;
      const address =
        channel === 'socket.io'
          ? `${wsUrl}${SOCKET_IO_PATH}/?EIO=4&transport=websocket`
          : `${wsUrl}${YJS_PATH}/${board.id}`;
      const ws = new WebSocket(address, { headers: { cookie, origin } });
      ws.on('error', () => undefined);
      const closed = new Promise<void>((resolve) =>
        ws.once('close', (code) => {
          this.closeCodes.set(code, (this.closeCodes.get(code) ?? 0) + 1);
          resolve();
        }),
      );
      if (!(await this.opened(ws, channel))) {
        ws.terminate();
        await sleep(50);
        continue;
      }
      this.connections++;
      // A slow reader: never reads what the server answers (its sync step 2s pile up there).
      const unread = channel !== 'socket.io' && rng.chance(0.1);
      if (unread) {
        ws.pause();
        this.unreadConnections++;
      }
      const replica = channel === 'yjs:meeting' ? replicas.meeting : replicas.orders;
      const refresh = () =>
        Y.applyUpdate(
          replica.doc,
          Y.encodeStateAsUpdate(board.model, Y.encodeStateVector(replica.doc)),
        );
      const nextFrames = (): Frame[] =>
        channel === 'socket.io'
          ? nextSocketIoFrames(rng, this.options.socketIo)
          : [
              nextYjsFrame(rng, {
                model: board.model,
                replica,
                recentUpdates: board.recentUpdates,
                honestClientIds: this.options.honestClientIds(),
                meetingIds: this.options.meetingIds,
                unread,
              }),
            ];
      const bursts = 1 + rng.int(30);
      for (let b = 0; b < bursts && ws.readyState === WebSocket.OPEN && !this.done(); b++) {
        if (channel !== 'socket.io' && b % 10 === 0) refresh();
        const drained: Promise<void>[] = [];
        for (
          let k = 1 + rng.int(12);
          k > 0 && ws.readyState === WebSocket.OPEN && !this.done();
          k--
        ) {
          for (const frame of nextFrames()) {
            if (ws.readyState !== WebSocket.OPEN || this.done()) break;
            drained.push(this.send(ws, frame, conn, channel));
          }
        }
        await Promise.all(drained);
        await sleep(this.options.burstPauseMs);
      }
      if (ws.readyState === WebSocket.OPEN) {
        if (unread || rng.chance(0.3)) ws.terminate();
        else ws.close(1000);
      }
      await Promise.race([closed, sleep(2_000)]);
    }
  }

  private send(ws: WebSocket, frame: Frame, conn: number, channel: Channel): Promise<void> {
    this.framesSent++;
    this.byChannel[channel]++;
    this.history.push({
      conn,
      channel,
      kind: frame.kind,
      length: typeof frame.data === 'string' ? frame.data.length : frame.data.byteLength,
      head: headOf(frame),
      at: Date.now() - this.options.startedAt,
    });
    if (this.history.length > HISTORY * 2) this.history.splice(0, HISTORY);
    const binary = typeof frame.data !== 'string' && !frame.asText;
    return new Promise((resolve) => ws.send(frame.data, { binary }, () => resolve()));
  }

  /** Open and past the handshake: the room's greeting (Yjs) or the namespace connect (socket.io). */
  private opened(ws: WebSocket, channel: Channel): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 5_000);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        resolve(ok);
      };
      ws.once('close', () => finish(false));
      ws.once('unexpected-response', () => finish(false));
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (channel !== 'socket.io') return finish(true);
        if (isBinary) return;
        const text = data.toString();
        if (text === '2') ws.send('3');
        else if (text.startsWith('0{')) ws.send('40');
        else if (text.startsWith('40')) finish(true);
        else if (text.startsWith('44')) finish(false);
      });
    });
  }
}
