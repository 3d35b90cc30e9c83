/**
 * A simulated network of Yjs replicas, in the spirit of Yjs v13 `tests/testHelper.js`: every local
 * update is queued for every connected peer; the test delivers queued messages one at a time in a
 * random order, disconnects and reconnects replicas, and finally flushes everything. A
 * disconnected replica neither sends nor receives (what was queued for it is lost, as on a dropped
 * socket); on reconnect it syncs both ways with state vectors, like y-protocols' sync step 1/2.
 */
import * as Y from 'yjs';
import type { Random } from '@orderlane/shared';

const REMOTE = Symbol('remote');

export interface Replica {
  index: number;
  doc: Y.Doc;
  connected: boolean;
  /** Updates waiting to be applied to this replica, from any peer, in arrival order. */
  inbox: Uint8Array[];
}

export class Network {
  readonly replicas: Replica[];
  /** Count of messages applied: a fuzz run reports it so a quiet network is noticed. */
  delivered = 0;

  constructor(
    count: number,
    initialState: Uint8Array,
    private readonly random: Random,
  ) {
    this.replicas = [];
    for (let index = 0; index < count; index++) {
      const doc = new Y.Doc();
      // Fixed client ids keep a seed's run reproducible (Yjs breaks ties between concurrent
      // writes by client id). 0 is avoided: it is not special in Yjs, but it reads like unset.
      doc.clientID = index + 1;
      Y.applyUpdate(doc, initialState, REMOTE);
      const replica: Replica = { index, doc, connected: true, inbox: [] };
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE || !replica.connected) return;
        for (const peer of this.replicas) {
          if (peer !== replica && peer.connected) peer.inbox.push(update);
        }
      });
      this.replicas.push(replica);
    }
  }

  get pending(): number {
    return this.replicas.reduce((sum, r) => sum + r.inbox.length, 0);
  }

  /** Delivers one queued message, picked at random among all replicas and all queue slots. */
  deliverOne(): boolean {
    const withMail = this.replicas.filter((r) => r.inbox.length > 0);
    if (withMail.length === 0) return false;
    const replica = withMail[Math.floor(this.random() * withMail.length)]!;
    const [update] = replica.inbox.splice(Math.floor(this.random() * replica.inbox.length), 1);
    Y.applyUpdate(replica.doc, update!, REMOTE);
    this.delivered++;
    return true;
  }

  deliver(count: number): void {
    for (let i = 0; i < count && this.deliverOne(); i++);
  }

  disconnect(replica: Replica): void {
    replica.connected = false;
    replica.inbox = [];
  }

  /** Reconnects and exchanges the differences with every connected peer (both directions). */
  reconnect(replica: Replica): void {
    if (replica.connected) return;
    replica.connected = true;
    for (const peer of this.replicas) {
      if (peer === replica || !peer.connected) continue;
      replica.inbox.push(Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(replica.doc)));
      peer.inbox.push(Y.encodeStateAsUpdate(replica.doc, Y.encodeStateVector(peer.doc)));
    }
  }

  /** Reconnects everyone and delivers until every queue is empty. */
  flush(): void {
    for (const replica of this.replicas) this.reconnect(replica);
    while (this.deliverOne());
  }
}
