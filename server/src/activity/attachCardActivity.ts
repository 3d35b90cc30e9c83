/**
 * Observes every board room once it has loaded, until it unloads: card history, assignment and
 * description-mention notifications, automatic follows (CardActivityObserver, recorded through
 * CardActivityService). Rooms of meeting boards have no cards and cost nothing.
 */
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { observeCardActivity, type CardActivityObserverDeps } from './CardActivityObserver';

export function attachCardActivity(rooms: RoomRegistry, deps: CardActivityObserverDeps): void {
  rooms.onRoomCreated((room) => {
    room.loaded.then(
      () => {
        if (!room.isReady) return;
        const observer = observeCardActivity(room.boardId, room.doc, deps);
        // The document is destroyed when the room unloads; stop observing with it.
        room.doc.once('destroy', () => observer.stop());
      },
      () => undefined,
    );
  });
}
