/**
 * Observes every board room once it has loaded: card history, assignment and description-mention
 * notifications, automatic follows (CardActivityObserver). Rooms of meeting boards have no cards
 * and cost nothing.
 */
import type { Logger } from 'pino';
import { newId } from '@orderlane/shared';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../bus/RealtimeBus';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { observeCardActivity } from './CardActivityObserver';
import { Notifier } from './Notifier';

export interface CardActivityOptions {
  storage: Storage;
  bus: RealtimeBus;
  logger: Logger;
  now: () => number;
}

export function attachCardActivity(rooms: RoomRegistry, options: CardActivityOptions): void {
  const notifier = new Notifier({ ...options, newId });
  rooms.onRoomCreated((room) => {
    room.loaded.then(
      () => {
        if (!room.isReady) return;
        const observer = observeCardActivity(room.boardId, room.doc, { ...options, notifier });
        // The document is destroyed when the room unloads; stop observing with it.
        room.doc.once('destroy', () => observer.stop());
      },
      () => undefined,
    );
  });
}
