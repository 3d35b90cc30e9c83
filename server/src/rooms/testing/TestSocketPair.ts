/**
 * One client of a room over an in-memory socket whose messages wait in a queue each way until
 * the test delivers them (tldraw's TestSocketPair). The client is a real Y.Doc speaking the
 * y-websocket sync protocol through y-protocols, as a WebsocketProvider does: step 1 when it
 * connects, a step 2 answer to the server's step 1, its own updates sent while connected.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Room } from '../Room';
import type { RoomConnectionInfo, RoomSocket } from '../RoomConnection';
import type { RoomRegistry } from '../RoomRegistry';

const MESSAGE_SYNC = 0;

interface Outgoing {
  data: Uint8Array;
  flushed?: () => void;
}

export class TestSocketPair {
  /** The client's replica. */
  readonly doc: Y.Doc;
  private toServer: Uint8Array[] = [];
  private toClient: Outgoing[] = [];
  private socket: RoomSocket | null = null;
  private room: Room | null = null;
  private joined: RoomRegistry | null = null;
  private acked = 0;
  /** How the server last closed this client's socket, if it did. */
  closedByServer: { code: number; reason: string } | null = null;

  constructor(
    private readonly registry: () => RoomRegistry,
    readonly boardId: string,
    readonly info: RoomConnectionInfo,
    doc: Y.Doc = new Y.Doc(),
  ) {
    this.doc = doc;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this && this.socket) this.toServer.push(updateMessage(update));
    });
  }

  get isConnected(): boolean {
    return this.socket !== null;
  }

  /** Messages waiting to reach the server. */
  get pendingToServer(): number {
    return this.toServer.length;
  }

  /** Opens a new socket to the board's room: the client's step 1 waits to be flushed. */
  connect(): this {
    if (this.socket) throw new Error('already connected');
    this.closedByServer = null;
    this.toServer = [];
    this.toClient = [];
    const socket: RoomSocket = {
      send: (data, flushed) => {
        if (this.socket === socket) this.toClient.push({ data, flushed });
      },
      close: (code, reason) => {
        if (this.socket !== socket) return;
        this.closedByServer = { code, reason };
        this.drop();
      },
    };
    this.socket = socket;
    this.joined = this.registry();
    this.room = this.joined.join(this.boardId, socket, this.info);
    this.requestSync();
    return this;
  }

  /** Queues a sync step 1 with the client's state vector (as on connect, or a provider's resync). */
  requestSync(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    if (this.socket) this.toServer.push(encoding.toUint8Array(encoder));
  }

  /** What waits for the client, by kind: 'step1', 'step2', 'update' or 'awareness'. */
  queuedToClient(): string[] {
    return this.toClient.map(({ data }) => kindOf(data));
  }

  /** The client closes its socket: what is still queued either way is lost. */
  disconnect(): void {
    this.toClient = [];
    if (this.socket) this.drop();
  }

  /** Delivers every message the client has sent so far to the room. Returns how many. */
  flushToServer(): number {
    const messages = this.toServer;
    this.toServer = [];
    for (const data of messages) {
      if (!this.socket || !this.room) break;
      this.room.handleMessage(this.socket, data);
    }
    return messages.length;
  }

  /** Delivers every message the room has sent so far to the client; its answers queue up. */
  flushToClient(): number {
    const messages = this.toClient;
    this.toClient = [];
    for (const { data, flushed } of messages) {
      flushed?.();
      this.acked = Math.max(this.acked, ownClockIn(data, this.doc.clientID));
      this.receive(data);
    }
    return messages.length;
  }

  /**
   * Highest clock of the client's own id the server has shown it holds (exclusive end): echoed
   * in an update or step 2, or in the state vector of the server's step 1. The room's doc holds
   * only what is stored, so this is what the client may take as saved.
   */
  ackedClock(): number {
    return this.acked;
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness: not modelled
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (encoding.length(encoder) > 1 && this.socket)
      this.toServer.push(encoding.toUint8Array(encoder));
  }

  /** Out of the room, as the transport does when a socket closes (either side). */
  private drop(): void {
    const socket = this.socket!;
    const room = this.room!;
    this.socket = null;
    this.room = null;
    this.toServer = [];
    this.joined!.leave(room, socket);
  }
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** How far a sync message from the server shows the client's own id (0 when it does not). */
function ownClockIn(data: Uint8Array, clientId: number): number {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return 0;
  const type = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (type === syncProtocol.messageYjsSyncStep1)
    return Y.decodeStateVector(payload).get(clientId) ?? 0;
  return Y.parseUpdateMeta(payload).to.get(clientId) ?? 0;
}

const SYNC_KINDS: Record<number, string> = {
  [syncProtocol.messageYjsSyncStep1]: 'step1',
  [syncProtocol.messageYjsSyncStep2]: 'step2',
  [syncProtocol.messageYjsUpdate]: 'update',
};

function kindOf(data: Uint8Array): string {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC) return type === 1 ? 'awareness' : `type ${type}`;
  return SYNC_KINDS[decoding.readVarUint(decoder)] ?? 'sync?';
}
