/**
 * Meeting series on the server, one object the HTTP routes and socket.io handlers share (they
 * must share the in-memory clocks): occurrences, the agenda computed from the LIVE linked
 * boards, running the meeting (start, attendance, the facilitator's clock controls), and ending
 * it with minutes frozen into SQL. Each concept lives in its own module; this only wires them.
 */
import { MeetingAgendas } from './MeetingAgendas';
import { MeetingMinutesKeeper } from './MeetingMinutesKeeper';
import { MeetingOccurrences } from './MeetingOccurrences';
import { MeetingRunning } from './MeetingRunning';
import { MeetingRuns } from './MeetingRuns';
import type { MeetingServiceDeps } from './meetingLookup';

export type { MeetingServiceDeps } from './meetingLookup';

export class MeetingService {
  private readonly agendas: MeetingAgendas;
  private readonly running: MeetingRunning;
  private readonly occurrences: MeetingOccurrences;
  private readonly minutesKeeper: MeetingMinutesKeeper;

  constructor(deps: MeetingServiceDeps) {
    const runs = new MeetingRuns(deps);
    this.agendas = new MeetingAgendas(deps, runs);
    this.running = new MeetingRunning(deps, this.agendas, runs);
    this.occurrences = new MeetingOccurrences(deps, this.running);
    this.minutesKeeper = new MeetingMinutesKeeper(deps, this.agendas, this.running);
  }

  get clocks() {
    return this.running.clocks;
  }

  // occurrences
  readonly seriesOf: MeetingOccurrences['seriesOf'] = (...a) => this.occurrences.seriesOf(...a);
  readonly getMeeting: MeetingOccurrences['getMeeting'] = (...a) =>
    this.occurrences.getMeeting(...a);
  readonly listMeetings: MeetingOccurrences['listMeetings'] = (...a) =>
    this.occurrences.listMeetings(...a);
  readonly createMeeting: MeetingOccurrences['createMeeting'] = (...a) =>
    this.occurrences.createMeeting(...a);

  // agenda and card history
  readonly agenda: MeetingAgendas['agenda'] = (...a) => this.agendas.agenda(...a);
  readonly historyEvents: MeetingAgendas['historyEvents'] = (...a) =>
    this.agendas.historyEvents(...a);

  // running
  readonly start: MeetingRunning['start'] = (...a) => this.running.start(...a);
  readonly join: MeetingRunning['join'] = (...a) => this.running.join(...a);
  readonly control: MeetingRunning['control'] = (...a) => this.running.control(...a);

  // minutes
  readonly end: MeetingMinutesKeeper['end'] = (...a) => this.minutesKeeper.end(...a);
  readonly minutes: MeetingMinutesKeeper['minutes'] = (...a) => this.minutesKeeper.minutes(...a);
}
