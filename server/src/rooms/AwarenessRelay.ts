/**
 * A room's awareness (who looks at the board, what they drag): relayed as in y-websocket, never
 * stored. Remembers which awareness client ids each socket announced, to remove them when it
 * leaves.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { RoomSocket } from './RoomConnection';
import { encodeAwarenessMessage } from './syncMessages';

export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly idsOf = new Map<RoomSocket, Set<number>>();

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
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

  /** Applies a socket's awareness update (throws on garbage); the change is broadcast. */
  apply(socket: RoomSocket, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, socket);
  }

  /** The socket left: its states are removed, and everyone is told. */
  forget(socket: RoomSocket): void {
    const ids = this.idsOf.get(socket);
    this.idsOf.delete(socket);
    if (ids && ids.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
    this.idsOf.clear();
  }

  private readonly onUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const socket = origin as RoomSocket;
    if (origin && typeof origin === 'object' && 'send' in origin) {
      let ids = this.idsOf.get(socket);
      if (!ids) this.idsOf.set(socket, (ids = new Set()));
      for (const id of changes.added) ids.add(id);
      for (const id of changes.removed) ids.delete(id);
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0) return;
    this.broadcast(
      encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
    );
  };
}
