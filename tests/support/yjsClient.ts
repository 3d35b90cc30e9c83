/**
 * Real y-websocket providers in Node, for integration tests and benchmarks: a `ws` WebSocket
 * that sends the session Cookie and an Origin, echo tracking (the server's acknowledgement of
 * our own updates), and `waitFor`, the retry-until-deadline helper every assertion uses.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Storage } from '@orderlane/server';
import { YJS_PATH, peekMessage } from '@orderlane/shared';

/** Retries `predicate` until it is truthy; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface SocketOptions {
  cookie?: string;
  /** The Origin header; omitted when undefined. */
  origin?: string;
  /** Sees every binary message this socket receives (before the provider does). */
  onMessage?: (data: Uint8Array) => void;
}

/** A `ws` WebSocket class with fixed headers, usable as y-websocket's WebSocketPolyfill. */
export function socketClassWith(
  options: SocketOptions,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  return class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
      if (options.onMessage) {
        const onMessage = options.onMessage;
        this.on('message', (data: Buffer) => onMessage(new Uint8Array(data)));
      }
    }
  };
}

/** The Yjs update carried by a y-websocket sync message (step 2 or update), else null. */
export function updateOfMessage(data: Uint8Array): Uint8Array | null {
  const message = peekMessage(data);
  return message?.type === 'update' ? message.update : null;
}

/** Whether a message is a sync step 2: the answer to a step 1, so a round-trip marker. */
export function isSyncStep2(data: Uint8Array): boolean {
  const message = peekMessage(data);
  return message?.type === 'update' && message.syncStep2;
}

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Highest clock of our own client id the server has echoed back to us (exclusive end). */
  ackedClock(): number;
  /** Our own clock: everything we wrote, acknowledged or not. */
  localClock(): number;
  /** Resolves once the server echoed everything we wrote so far. */
  waitForAck(timeoutMs?: number): Promise<void>;
  waitForSync(timeoutMs?: number): Promise<void>;
  /** Every close code the server sent us. */
  closeCodes: number[];
  destroy(): void;
}

export interface ConnectOptions extends SocketOptions {
  doc?: Y.Doc;
  /** URL parameters of the upgrade, e.g. the client's protocol version (stock: none). */
  params?: Record<string, string>;
  /** Track echoes of our own updates (decodes every incoming update). Default true. */
  trackEcho?: boolean;
  connect?: boolean;
}

export function connectBoard(
  baseUrl: string,
  boardId: string,
  options: ConnectOptions = {},
): BoardClient {
  const doc = options.doc ?? new Y.Doc();
  let acked = 0;
  const trackEcho = options.trackEcho ?? true;
  const onMessage = (data: Uint8Array) => {
    options.onMessage?.(data);
    if (!trackEcho) return;
    const update = updateOfMessage(data);
    if (!update) return;
    for (const struct of Y.decodeUpdate(update).structs) {
      if (struct.id.client === doc.clientID)
        acked = Math.max(acked, struct.id.clock + struct.length);
    }
  };
  const closeCodes: number[] = [];
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}${YJS_PATH}`,
    boardId,
    doc,
    {
      WebSocketPolyfill: socketClassWith({ ...options, onMessage }) as never,
      connect: options.connect ?? true,
      params: options.params ?? {},
      disableBc: true,
      maxBackoffTime: 500,
    },
  );
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const client: BoardClient = {
    doc,
    provider,
    closeCodes,
    ackedClock: () => acked,
    localClock: () => Y.getState(doc.store, doc.clientID),
    waitForAck: async (timeoutMs = 10_000) => {
      await waitFor(() => acked >= client.localClock(), timeoutMs, 'echo of our updates');
    },
    waitForSync: async (timeoutMs = 10_000) => {
      await waitFor(() => provider.synced, timeoutMs, 'provider sync');
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  return client;
}

/** Applies a stored document (snapshot + log) into a fresh Y.Doc, as a room would load it. */
export function docFromStored(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }) {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Waits until the board's room has unloaded into a snapshot with no log after it, then reads the
 * stored document as a room would load it.
 */
export async function docAfterUnload(storage: Pick<Storage, 'documents'>, boardId: string) {
  await waitFor(
    async () => {
      const stored = await storage.documents.load(boardId);
      return stored.snapshot !== null && stored.updates.length === 0 ? stored : undefined;
    },
    10_000,
    'room unloaded into a snapshot',
  );
  return docFromStored(await storage.documents.load(boardId));
}

export interface RawBoardSocket {
  ws: WebSocket;
  /** 101 when the upgrade was accepted, else the HTTP status of the refusal. */
  status: Promise<number>;
  /** The close code once the socket closed. */
  closed: Promise<number>;
  /** The reason the close frame gave ('' when none). */
  closeReason: Promise<string>;
  /** Every binary message received. */
  messages: Uint8Array[];
}

/** A bare WebSocket to `/yjs/:boardId`, to see exactly what the server answers. */
export function rawBoardSocket(
  baseUrl: string,
  boardId: string,
  options: Omit<SocketOptions, 'onMessage'> & { params?: Record<string, string> } = {},
): RawBoardSocket {
  const Socket = socketClassWith(options);
  const query = new URLSearchParams(options.params).toString();
  const ws = new Socket(
    `${baseUrl.replace(/^http/, 'ws')}${YJS_PATH}/${boardId}${query ? `?${query}` : ''}`,
  );
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const status = new Promise<number>((resolve) => {
    ws.once('open', () => resolve(101));
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
  });
  ws.on('error', () => undefined);
  const closedWith = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const closed = closedWith.then(({ code }) => code);
  const closeReason = closedWith.then(({ reason }) => reason);
  return { ws, status, closed, closeReason, messages };
}
