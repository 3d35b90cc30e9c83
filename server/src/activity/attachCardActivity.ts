/**
 * Observes every board room once it has loaded: card history, assignment and description-mention
 * notifications, automatic follows (CardActivityObserver). Rooms of meeting boards have no cards
 * and cost nothing.
 */
import type { Logger } from 'pino';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import type { Room } from '../rooms/Room';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { newId } from '../http/newId';
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
  const observers = new WeakMap<Room, { stop(): void }>();
  rooms.addHooks({
    afterLoad: (room) => {
      observers.set(room, observeCardActivity(room.boardId, room.doc, { ...options, notifier }));
    },
    beforeUnload: (room) => observers.get(room)?.stop(),
  });
}
