/**
 * One board's live document and its connections, in the spirit of Hocuspocus: transport-agnostic
 * (`handleConnection / handleMessage / handleClose`), knows nothing of ws, express or socket.io.
 *
 * - Loads the stored document before it answers any sync message; messages that arrive while it
 *   loads are buffered and replayed in order.
 * - Durable before visible: a writer's update is validated, appended to the log (group commit),
 *   and only then applied and broadcast to every connection, the sender included (its ack).
 * - Answers sync step 1 (SyncAnswers.ts): deferred while a server change is not stored yet.
 * - Compacts the log into a snapshot when it grows, and when the room unloads.
 * - Runs the registry's lifecycle hooks (RoomHooks.ts): after load, on each change, before unload.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import {
  CLOSE,
  MAX_YJS_MESSAGE_BYTES,
  decodeMessage,
  encodeSyncStep1,
  encodeUpdateMessage,
  type YjsMessage,
} from '@orderlane/shared';
import { applyDurableBatch, type DurableUpdate } from './applyDurableBatch';
import { AwarenessRelay } from './AwarenessRelay';
import { ClientIdOwners } from './ClientIdOwners';
import { GroupCommit } from './GroupCommit';
import type { AuthContext } from '../auth/AuthContext';
import type { DocumentLog } from '../persistence/DocumentLog';
import type { RoomConnectionInfo, RoomSocket } from './RoomConnection';
import { runHooks, type RoomHooks } from './RoomHooks';
import { SyncAnswers } from './SyncAnswers';
import { isUpdateOrigin, type UpdateOrigin } from './UpdateOrigin';
import { validateUpdate } from './validateUpdate';

/** A server change whose append failed learns it here (its updates are gone with the doc). */
interface ServerChange {
  lost: { error: unknown } | null;
}

type IncomingUpdate = DurableUpdate<RoomSocket> & { change?: ServerChange };

export interface RoomOptions {
  boardId: string;
  documents: DocumentLog;
  logger: Logger;
  /** Run at each point of the room's life; hooks added later apply from then on. */
  hooks?: ReadonlySet<RoomHooks>;
  /** Compact once this many updates were appended since the snapshot. */
  compactAfterUpdates: number;
  /** Resolves when a previous room of the same board has finished unloading. */
  after?: Promise<void>;
}

interface ConnectionState {
  info: RoomConnectionInfo;
}

type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

export class Room {
  readonly boardId: string;
  readonly doc = new Y.Doc({ gc: true });
  private readonly writers = new ClientIdOwners(this.doc);
  private readonly presence = new AwarenessRelay(
    this.doc,
    (message) => this.broadcast(message),
    this.writers,
  );
  private readonly loaded: Promise<void>;
  private state: RoomState = 'loading';
  private readonly connections = new Map<RoomSocket, ConnectionState>();
  private buffered: { socket: RoomSocket; data: Uint8Array }[] = [];
  private readonly commits: GroupCommit<IncomingUpdate>;
  /**
   * Sequence number of the last stored row the room has been through: every row up to it is in
   * `doc`, or is one Yjs refused (a compaction removes those). A snapshot of `doc` covers it.
   */
  private appliedSeq = 0;
  /** Set when a batch could not be applied: `doc` may lack stored rows, so it never replaces them. */
  private compactionHeld = false;
  private updatesSinceSnapshot = 0;
  /** Server changes applied to the doc but not yet stored; step 1 answers wait for them. */
  private undurableServerChanges = 0;
  private readonly answers = new SyncAnswers(this.doc, () => this.undurableServerChanges > 0);
  /** Who is behind each socket, kept after it closes so a late-durable update keeps its author. */
  private readonly authors = new WeakMap<RoomSocket, AuthContext | null>();
  private readonly storageOrigin: UpdateOrigin;
  /** Stands in for a socket when the server itself changes the document. */
  private readonly serverSocket: RoomSocket = { send: () => undefined, close: () => undefined };
  /** The origin of the server change being made, so its undo is reported as the same change. */
  private changingAs: UpdateOrigin | null = null;
  /** beforeUnload runs for the rooms that afterLoad ran for, also when they failed later. */
  private afterLoadRan = false;

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId;
    this.storageOrigin = { source: 'storage', boardId: options.boardId, author: null };
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.answers.documentChanged();
      // The stored log replayed while loading is not a change (state is still 'loading').
      if (this.state !== 'ready') return;
      const author = this.changingAs ?? (isUpdateOrigin(origin) ? origin : null);
      if (author) this.runHooks('onChange', (h) => h.onChange?.(this, update, author));
    });
    this.commits = new GroupCommit<IncomingUpdate>({
      append: async (updates) => {
        // A discarded doc may hold a lost server change that later updates build on.
        if (this.state === 'failed') throw new Error(`room ${this.boardId} was discarded`);
        // New writers of client ids are stored in the same transaction as their updates.
        const writers = this.writers.takeUnsaved();
        try {
          return await options.documents.append(this.boardId, updates, writers);
        } catch (error) {
          this.writers.unstored(writers);
          throw error;
        }
      },
      onDurable: (batch, lastSeq) => this.applyDurable(batch, lastSeq),
      onDurableError: (error, batch) => {
        // Stored, but maybe not all applied: the senders reconnect and resync what they miss.
        options.logger.error(
          { err: error, boardId: this.boardId },
          'applying stored updates failed',
        );
        for (const socket of new Set(batch.map((u) => u.origin)))
          this.closeConnection(socket, 1011, 'server error');
        this.answers.answerDeferred();
      },
      onError: (error, batch) => {
        // Not stored: the senders must not take it as saved. Closing with a retryable code makes
        // their providers reconnect and send the change again in sync step 2.
        options.logger.error({ err: error, boardId: this.boardId }, 'update append failed');
        for (const socket of new Set(batch.map((u) => u.origin)))
          this.closeConnection(socket, 1011, 'storage error');
        const lostChanges = batch.filter((u) => u.change);
        if (lostChanges.length === 0) {
          this.answers.answerDeferred();
          return;
        }
        // A server change is in the doc already and is not stored: the doc now holds what the log
        // does not. Nobody has seen it (step 2 answers waited), so the doc is discarded: everyone
        // is closed and reconnects to a room loaded afresh, and the change's caller is told.
        for (const u of lostChanges) u.change!.lost = { error };
        this.undurableServerChanges = 0;
        this.answers.dropDeferred();
        this.state = 'failed';
        for (const socket of [...this.connections.keys()])
          this.closeConnection(socket, 1011, 'storage error');
      },
    });
    this.loaded = this.load();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Its load failed, or a server change could not be stored: the registry replaces it, so the
   * next connection tries a fresh load.
   */
  get isFailed(): boolean {
    return this.state === 'failed';
  }

  /**
   * Server changes made in the doc but not yet stored: while there are any, sync step 1 answers
   * wait (a step 2 would show what could still be lost).
   */
  get undurableChanges(): number {
    return this.undurableServerChanges;
  }

  /** Resolves once the stored document is loaded; throws when it could not be. */
  async whenReady(): Promise<void> {
    await this.loaded;
    if (this.state === 'failed')
      throw new Error(`the document of board ${this.boardId} could not be loaded or stored`);
    if (this.state !== 'ready') throw new Error(`the room of board ${this.boardId} is closed`);
  }

  handleConnection(socket: RoomSocket, info: RoomConnectionInfo): void {
    if (this.state === 'closed' || this.state === 'failed') {
      socket.close(CLOSE.shuttingDown, 'room closed');
      return;
    }
    this.connections.set(socket, { info });
    this.answers.open(socket);
    this.authors.set(socket, info.auth);
    if (this.state === 'ready') this.greet(socket);
  }

  handleMessage(socket: RoomSocket, data: Uint8Array): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    if (data.byteLength > MAX_YJS_MESSAGE_BYTES) {
      this.closeConnection(socket, CLOSE.tooLarge, 'message too large');
      return;
    }
    if (this.state === 'loading') {
      this.buffered.push({ socket, data });
      return;
    }
    let message: YjsMessage;
    try {
      message = decodeMessage(data);
    } catch {
      this.closeConnection(socket, CLOSE.badMessage, 'malformed message');
      return;
    }
    try {
      this.dispatch(socket, connection, message);
    } catch (error) {
      this.options.logger.warn({ err: error, boardId: this.boardId }, 'rejected message');
      this.closeConnection(socket, CLOSE.badMessage, 'malformed message');
    }
  }

  handleClose(socket: RoomSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.connections.delete(socket);
    this.answers.forget(socket);
    this.buffered = this.buffered.filter((m) => m.socket !== socket);
    if (this.state !== 'closed') this.presence.forget(socket);
  }

  private originOf(socket: RoomSocket): UpdateOrigin {
    if (socket === this.serverSocket)
      return { source: 'server', boardId: this.boardId, author: null };
    return {
      source: 'connection',
      boardId: this.boardId,
      author: this.authors.get(socket) ?? null,
    };
  }

  /**
   * Changes the document on the server's behalf (e.g. a rename through the API). The change goes
   * through the same log as a client's: stored, then broadcast. Resolves once it is durable.
   */
  async changeDocument(change: (doc: Y.Doc) => void, author: AuthContext | null = null) {
    await this.whenReady();
    const captured: Uint8Array[] = [];
    const capture = (update: Uint8Array) => captured.push(update);
    const origin: UpdateOrigin = { source: 'server', boardId: this.boardId, author };
    // A change that throws halfway is undone rather than left half done. What it wrote is in the
    // doc already (Yjs cannot take it back), so the undo is a second change on top, and both are
    // stored like any other: the doc never holds what the log does not (durable before visible).
    const undo = new Y.UndoManager(this.doc, { trackedOrigins: new Set([origin]) });
    let failure: { error: unknown } | null = null;
    this.doc.on('update', capture);
    this.changingAs = origin;
    try {
      Y.transact(this.doc, () => change(this.doc), origin);
    } catch (error) {
      failure = { error };
      try {
        undo.undo();
      } catch (undoError) {
        // Then the half change stays, stored like the rest: visible and durable, never only visible.
        this.options.logger.error({ err: undoError, boardId: this.boardId }, 'undo failed');
      }
    } finally {
      this.changingAs = null;
      this.doc.off('update', capture);
      undo.destroy();
    }
    // The change is in the doc already but not yet stored: until it is, sync step 2 answers wait
    // (durable before visible), and the broadcast comes after the append like any other update.
    this.undurableServerChanges += captured.length;
    const serverChange: ServerChange = { lost: null };
    for (const update of captured) {
      const summary = validateUpdate(update);
      this.commits.push({ ...summary, update, origin: this.serverSocket, change: serverChange });
    }
    await this.flush();
    if (serverChange.lost) throw serverChange.lost.error;
    if (failure) throw failure.error;
  }

  /** Waits until every update received so far is stored and applied. */
  flush(): Promise<void> {
    return this.commits.drain();
  }

  /** Flushes, compacts what the log holds beyond the snapshot, and frees the document. */
  async close(code: number = CLOSE.shuttingDown, reason = 'room closed'): Promise<void> {
    if (this.state === 'closed') return;
    await this.loaded;
    for (const socket of [...this.connections.keys()]) this.closeConnection(socket, code, reason);
    await this.flush();
    if (this.state === 'ready' && this.updatesSinceSnapshot > 0) await this.compact();
    this.state = 'closed';
    if (this.afterLoadRan) this.runHooks('beforeUnload', (h) => h.beforeUnload?.(this));
    this.presence.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    await this.options.after?.catch(() => undefined);
    const started = performance.now();
    try {
      const stored = await this.options.documents.load(this.boardId);
      Y.transact(this.doc, () => {
        if (stored.snapshot) this.applyStored(stored.snapshot);
        for (const update of stored.updates) this.applyStored(update);
      });
      this.appliedSeq = stored.lastSeq;
      this.writers.restore(stored.writers);
      this.updatesSinceSnapshot = stored.updates.length;
    } catch (error) {
      this.options.logger.error({ err: error, boardId: this.boardId }, 'room load failed');
      this.state = 'failed';
      for (const socket of [...this.connections.keys()])
        this.closeConnection(socket, 1011, 'load failed');
      this.buffered = [];
      return;
    }
    if (this.state !== 'loading') return;
    this.state = 'ready';
    this.options.logger.debug(
      { boardId: this.boardId, ms: Math.round(performance.now() - started) },
      'room loaded',
    );
    this.afterLoadRan = true;
    this.runHooks('afterLoad', (h) => h.afterLoad?.(this));
    for (const socket of this.connections.keys()) this.greet(socket);
    const buffered = this.buffered;
    this.buffered = [];
    for (const { socket, data } of buffered) this.handleMessage(socket, data);
  }

  /** A stored update that no longer applies is skipped, so one bad row cannot lock a board. */
  private applyStored(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, this.storageOrigin);
    } catch (error) {
      this.options.logger.error({ err: error, boardId: this.boardId }, 'skipped stored update');
    }
  }

  private greet(socket: RoomSocket): void {
    socket.send(encodeSyncStep1(this.doc));
    const states = this.presence.statesMessage();
    if (states) socket.send(states);
  }

  private dispatch(socket: RoomSocket, connection: ConnectionState, message: YjsMessage) {
    switch (message.type) {
      case 'syncStep1':
        this.answers.answer(socket, message.stateVector);
        return;
      case 'update': {
        if (connection.info.readOnly) return; // viewers never write
        const summary = validateUpdate(message.update);
        this.writers.admit(connection.info.auth.userId, summary);
        this.commits.push({ ...summary, update: message.update, origin: socket });
        return;
      }
      case 'awareness':
        this.presence.apply(socket, message.update, connection.info.auth);
        return;
      case 'queryAwareness': {
        const states = this.presence.statesMessage();
        if (states) socket.send(states);
        return;
      }
    }
  }

  private async applyDurable(batch: IncomingUpdate[], lastSeq: number | null): Promise<void> {
    if (this.state !== 'ready') return;
    let result: ReturnType<typeof applyDurableBatch<RoomSocket>>;
    try {
      result = applyDurableBatch(this.doc, batch, {
        isAlreadyApplied: (origin) => origin === this.serverSocket,
        transactionOrigin: (origin) => this.originOf(origin),
      });
    } catch (error) {
      // Unexpected (each update has its own try): the doc may lack rows of this batch, which the
      // log still holds for the next load, as long as no snapshot of this doc replaces them.
      this.compactionHeld = true;
      throw error;
    } finally {
      this.undurableServerChanges -= batch.filter((u) => u.origin === this.serverSocket).length;
    }
    if (lastSeq !== null) this.appliedSeq = lastSeq;
    this.updatesSinceSnapshot += result.stored;
    for (const error of result.observerErrors)
      this.options.logger.error({ err: error, boardId: this.boardId }, 'document observer failed');
    // Yjs threw on it: only its sender is refused; everyone else's edits in the batch stand.
    for (const { update, error } of result.failed) {
      this.options.logger.warn(
        { err: error, boardId: this.boardId },
        'stored update did not apply',
      );
      this.closeConnection(update.origin, CLOSE.badMessage, 'update does not apply');
    }
    // Encoded once for every connection, senders included: the echo is their acknowledgement.
    if (result.added) this.broadcast(encodeUpdateMessage(result.added));
    for (const { update, origin } of result.echoAlone) {
      if (this.connections.has(origin)) origin.send(encodeUpdateMessage(update));
    }
    this.answers.answerDeferred();
    // A row that did not apply must not wait in the log to be replayed (and fail) at every load:
    // the snapshot of the doc covers it, so compacting now removes it.
    if (result.failed.length > 0 || this.updatesSinceSnapshot >= this.options.compactAfterUpdates)
      await this.compact();
  }

  /**
   * Replays nothing: the room's own doc already holds snapshot + log, so encoding it is the new
   * snapshot. It covers exactly `appliedSeq`; updates appended later keep their rows.
   */
  private async compact(): Promise<void> {
    // A server change in the doc whose row is not stored yet must not reach storage through the
    // snapshot: if its append fails, the change is discarded and its caller told so.
    if (this.compactionHeld || this.undurableServerChanges > 0) return;
    const upToSeq = this.appliedSeq;
    const covered = this.updatesSinceSnapshot;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.options.documents.compact(this.boardId, snapshot, upToSeq);
      this.updatesSinceSnapshot -= covered;
    } catch (error) {
      this.options.logger.error({ err: error, boardId: this.boardId }, 'compaction failed');
    }
  }

  /** A hook that throws is logged: it must not break the room. */
  private runHooks(name: keyof RoomHooks, run: (hooks: RoomHooks) => void): void {
    runHooks(this.options.hooks ?? [], run, (error) =>
      this.options.logger.error(
        { err: error, boardId: this.boardId, hook: name },
        'room hook failed',
      ),
    );
  }

  private broadcast(message: Uint8Array): void {
    for (const socket of this.connections.keys()) socket.send(message);
  }

  private closeConnection(socket: RoomSocket, code: number, reason: string): void {
    this.handleClose(socket);
    try {
      socket.close(code, reason);
    } catch {
      // already closed
    }
  }
}
