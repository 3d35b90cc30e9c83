/**
 * Observes every board room once it has loaded, until it unloads: card history, assignment and
 * description-mention notifications, automatic follows (CardActivityObserver, recorded through
 * CardActivityService). Rooms of meeting boards have no cards and cost nothing.
 */
import type { HookedRoom } from '../rooms/RoomHooks';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { observeCardActivity, type CardActivityObserverDeps } from './CardActivityObserver';

export function attachCardActivity(rooms: RoomRegistry, deps: CardActivityObserverDeps): void {
  const observers = new WeakMap<HookedRoom, { stop(): void }>();
  rooms.addHooks({
    afterLoad: (room) => observers.set(room, observeCardActivity(room.boardId, room.doc, deps)),
    beforeUnload: (room) => observers.get(room)?.stop(),
  });
}
