/**
 * The meeting services of one server, built once by the composition root (app.ts): the HTTP
 * routes and the socket.io handlers get the same instances, so they share the in-memory clocks
 * (MeetingRunning) that serialise every change to one meeting.
 */
import type { Notifier } from '../activity/Notifier';
import { ActionItemService } from './ActionItemService';
import { MeetingAgendas } from './MeetingAgendas';
import type { MeetingServiceDeps } from './meetingLookup';
import { MeetingMinutesKeeper } from './MeetingMinutesKeeper';
import { MeetingOccurrences } from './MeetingOccurrences';
import { MeetingRunning } from './MeetingRunning';
import { MeetingRuns } from './MeetingRuns';

export interface MeetingServices {
  /** A series' meetings: list, read, create (seriesOf checks the board is a series). */
  occurrences: MeetingOccurrences;
  /** The agenda computed from the LIVE linked boards, and their card history. */
  agendas: MeetingAgendas;
  /** Start, attendance, the facilitator's controls and the shared clock. */
  running: MeetingRunning;
  /** Ending a meeting with minutes frozen into SQL, and reading them. */
  minutesKeeper: MeetingMinutesKeeper;
  actionItems: ActionItemService;
}

export function createMeetingServices(
  deps: MeetingServiceDeps,
  notifier: Notifier,
): MeetingServices {
  const runs = new MeetingRuns(deps);
  const agendas = new MeetingAgendas(deps, runs);
  const running = new MeetingRunning(deps, agendas, runs);
  return {
    occurrences: new MeetingOccurrences(deps, running),
    agendas,
    running,
    minutesKeeper: new MeetingMinutesKeeper(deps, agendas, running),
    actionItems: new ActionItemService(deps, notifier),
  };
}
