/**
 * A room's answers to sync step 1 (each one a sync step 2), with the two rules that keep them
 * safe and cheap:
 *
 * - Durable before visible: while a server change is in the doc but not yet stored, answers are
 *   deferred, and sent once the room says it is stored (`answerDeferred`).
 * - One step 2 answer in flight per connection: a client that asks again and again and never
 *   reads would otherwise pile up one whole document per ask in the server's memory. Asks that
 *   arrive meanwhile fold into one, answered with the latest state vector once the previous
 *   answer has left.
 */
import * as Y from 'yjs';
import { encodeIntegratedStep2 } from './integratedStep2';
import type { RoomSocket } from './RoomConnection';

interface Asker {
  /** A sync step 2 answer to this connection is on its way (asked for, or not yet flushed). */
  answering: boolean;
  /** The latest state vector asked for meanwhile: answered once the previous answer is out. */
  nextStep1: Uint8Array | null;
}

export class SyncAnswers {
  private readonly askers = new Map<RoomSocket, Asker>();
  private deferred: { socket: RoomSocket; stateVector: Uint8Array }[] = [];
  /** Sync step 2 for a client that has nothing; dropped on every change of the document. */
  private wholeDocumentStep2: Uint8Array | null = null;

  /** `mustWait` is true while the doc holds a server change that is not stored yet. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly mustWait: () => boolean,
  ) {}

  /** A connection joins: it may ask from now on. */
  open(socket: RoomSocket): void {
    this.askers.set(socket, { answering: false, nextStep1: null });
  }

  /** A connection leaves: nothing more is sent to it, deferred or folded. */
  forget(socket: RoomSocket): void {
    this.askers.delete(socket);
  }

  /** The document changed: the cached whole-document answer no longer holds it all. */
  documentChanged(): void {
    this.wholeDocumentStep2 = null;
  }

  answer(socket: RoomSocket, stateVector: Uint8Array): void {
    const asker = this.askers.get(socket);
    if (!asker) return;
    if (asker.answering) {
      asker.nextStep1 = stateVector;
      return;
    }
    asker.answering = true;
    if (this.mustWait()) this.deferred.push({ socket, stateVector });
    else this.send(socket, stateVector);
  }

  /** Sends the deferred answers, unless a server change is still waiting to be stored. */
  answerDeferred(): void {
    if (this.mustWait() || this.deferred.length === 0) return;
    const deferred = this.deferred;
    this.deferred = [];
    for (const { socket, stateVector } of deferred)
      if (this.askers.has(socket)) this.send(socket, stateVector);
  }

  /** The doc is discarded: what was deferred is never answered (everyone is closed). */
  dropDeferred(): void {
    this.deferred = [];
  }

  private send(socket: RoomSocket, stateVector: Uint8Array): void {
    socket.send(this.step2For(stateVector), () => {
      const asker = this.askers.get(socket);
      if (!asker) return;
      asker.answering = false;
      const next = asker.nextStep1;
      asker.nextStep1 = null;
      if (next) this.answer(socket, next);
    });
  }

  /**
   * A client with nothing (a fresh page load) gets the whole document: encoded once and reused
   * until the document changes, so a standup where everyone opens the board pays for it once.
   */
  private step2For(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0)
      return encodeIntegratedStep2(this.doc, stateVector);
    this.wholeDocumentStep2 ??= encodeIntegratedStep2(this.doc, stateVector);
    return this.wholeDocumentStep2;
  }
}
