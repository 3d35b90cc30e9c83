/**
 * A room's awareness (who looks at the board, what they drag): relayed as in y-websocket, never
 * stored. Each connection speaks only for the awareness client ids it introduced itself (first
 * come, at most MAX_AWARENESS_IDS_PER_CONNECTION), never for the room's own id nor for an id
 * another member's connection holds, and the `user` a state claims is overwritten with who the
 * session says it is. Its ids are removed when it leaves.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  MAX_AWARENESS_IDS_PER_CONNECTION,
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  memberColor,
  type AwarenessUser,
} from '@orderlane/shared';
import type { ClientIdOwners } from './ClientIdOwners';
import type { RoomSocket } from './RoomConnection';

/** Who is behind a connection, as authenticated. */
export interface AwarenessIdentity {
  userId: string;
  name: string;
}

export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly idsOf = new Map<RoomSocket, Set<number>>();
  private readonly holderOf = new Map<number, { socket: RoomSocket; userId: string }>();

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
    /** The document's writers: an id another member writes under is not this one's to show. */
    private readonly writers: ClientIdOwners,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null); // the server itself is nobody
    this.awareness.on('update', this.onUpdate);
  }

  /** Everyone's current state as one message, or null when nobody is there. */
  statesMessage(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length === 0) return null;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  /**
   * Applies what a connection may say of an awareness update (throws on garbage); entries for ids
   * it may not speak for are dropped. The change is broadcast.
   */
  apply(socket: RoomSocket, update: Uint8Array, identity: AwarenessIdentity): void {
    const user: AwarenessUser = {
      id: identity.userId,
      name: identity.name,
      color: memberColor(identity.userId),
    };
    const kept = decodeAwarenessEntries(update)
      .filter((entry) => entry.state === null || isPlainObject(entry.state))
      .filter((entry) => this.claim(socket, entry.clientId, identity.userId))
      // A state without a user is shown as nobody, so only a claimed user needs replacing.
      .map((entry) =>
        isPlainObject(entry.state) && 'user' in entry.state
          ? { ...entry, state: { ...entry.state, user } }
          : entry,
      );
    if (kept.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), socket);
  }

  /** The socket left: its states are removed, and everyone is told. */
  forget(socket: RoomSocket): void {
    const ids = [...(this.idsOf.get(socket) ?? [])];
    this.idsOf.delete(socket);
    for (const id of ids) this.holderOf.delete(id);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
    this.idsOf.clear();
    this.holderOf.clear();
  }

  /** Whether `socket` may speak for `clientId`; binds the id to it on first use. */
  private claim(socket: RoomSocket, clientId: number, userId: string): boolean {
    // The room's own id is never remote: a state under it would never expire.
    if (clientId === this.awareness.clientID) return false;
    const holder = this.holderOf.get(clientId);
    if (holder?.socket === socket) return true;
    // The same person's reconnecting tab takes its id over from the socket not yet found dead.
    if (holder && holder.userId !== userId) return false;
    if (!this.writers.claim(clientId, userId)) return false;
    let ids = this.idsOf.get(socket);
    if (!ids) this.idsOf.set(socket, (ids = new Set()));
    if (ids.size >= MAX_AWARENESS_IDS_PER_CONNECTION) return false;
    if (holder) this.idsOf.get(holder.socket)?.delete(clientId);
    ids.add(clientId);
    this.holderOf.set(clientId, { socket, userId });
    return true;
  }

  private readonly onUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0) return;
    this.broadcast(
      encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
    );
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
