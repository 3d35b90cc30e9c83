/**
 * The services of one server, built once by the composition root (app.ts) on its storage and
 * rooms, and passed down to the realtime layer and the HTTP routes (each declares the part it
 * calls). They share one Notifier, so every path that notifies draws on one NotificationBudget.
 */
import type { Logger } from 'pino';
import { CardActivityService } from './activity/CardActivityService';
import { Notifier } from './activity/Notifier';
import { newId } from './http/newId';
import { createMeetingServices, type MeetingServices } from './meetings/meetingServices';
import type { Storage } from './persistence/Storage';
import type { RealtimeBus } from './realtime/RealtimeBus';
import type { RoomRegistry } from './rooms/RoomRegistry';

export interface ServiceDeps {
  storage: Storage;
  rooms: RoomRegistry;
  /** Live pushes; the realtime layer connects it once it exists (relayBus). */
  bus: RealtimeBus;
  now: () => number;
  logger: Logger;
}

export interface Services {
  /** Comments, follows, history and the inbox, shared by the routes and the room observer. */
  cardActivity: CardActivityService;
  meetings: MeetingServices;
}

export function createServices(deps: ServiceDeps): Services {
  const notifier = new Notifier({ ...deps, newId });
  return {
    cardActivity: new CardActivityService({ ...deps, notifier, newId }),
    meetings: createMeetingServices(deps, notifier),
  };
}
