/**
 * One MeetingService per server: the HTTP routes and the socket.io handlers must share the
 * in-memory clocks, and both are built from the same room registry, so it keys the instance.
 */
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { ActionItemService } from './ActionItemService';
import { MeetingService, type MeetingServiceDeps } from './MeetingService';

export interface MeetingServices {
  meetings: MeetingService;
  actionItems: ActionItemService;
}

const services = new WeakMap<RoomRegistry, MeetingServices>();

export function meetingServicesFor(deps: MeetingServiceDeps): MeetingServices {
  let found = services.get(deps.rooms);
  if (!found) {
    found = { meetings: new MeetingService(deps), actionItems: new ActionItemService(deps) };
    services.set(deps.rooms, found);
  }
  return found;
}
