/**
 * Named points in a room's life where other parts of the server attach behaviour, as
 * Hocuspocus's hooks: card history observes a board from `afterLoad` to `beforeUnload`.
 * A hook that throws is logged; the room carries on as if it had not been there.
 */
import type * as Y from 'yjs';
import type { UpdateOrigin } from './UpdateOrigin';

/** What a hook sees of a room: the board and its live document (Room.ts is one). */
export interface HookedRoom {
  readonly boardId: string;
  readonly doc: Y.Doc;
}

export interface RoomHooks<Room extends HookedRoom = HookedRoom> {
  /** The room has loaded its stored document and is ready; never called for a failed load. */
  afterLoad?(room: Room): void;
  /**
   * A change was applied to the room's document, with `origin` naming its author: a
   * connection's update once it is stored, or a server change (`room.changeDocument`, its undo
   * included) as it is made, before it is stored (like any observer of the doc, which sees it
   * then). Replaying the stored log while the room loads is not a change: it happens before
   * `afterLoad`, and fires nothing.
   */
  onChange?(room: Room, update: Uint8Array, origin: UpdateOrigin): void;
  /** The room is about to unload (flushed and compacted); its document is destroyed next. */
  beforeUnload?(room: Room): void;
}

/** Runs one hook of every set; one that throws is reported and the others still run. */
export function runHooks(
  all: Iterable<RoomHooks>,
  run: (hooks: RoomHooks) => void,
  failed: (error: unknown) => void,
): void {
  for (const hooks of all) {
    try {
      run(hooks);
    } catch (error) {
      failed(error);
    }
  }
}
