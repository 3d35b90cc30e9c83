/**
 * A series' meeting runs (status, facilitator, times, attendance, clock) as the SERVER holds
 * them, in SQL: never read from the series document, where any member's peer can write
 * anything. Loaded from the meetings list, and again on every `meeting:state` of the series
 * (whose status and clock apply at once) and after a reconnect. No React.
 */
import {
  runsOfList,
  type MeetingListDto,
  type MeetingRun,
  type MeetingStateEvent,
} from '@orderlane/shared';
import { subscribeSocket, type PresenceSocket } from './presenceSocket';

export type MeetingRuns = ReadonlyMap<string, MeetingRun>;

/** The event's status and clock applied to the run it concerns (attendance comes with a load). */
export function applyStateToRuns(runs: MeetingRuns, event: MeetingStateEvent): MeetingRuns {
  const held = runs.get(event.meetingId);
  if (held?.clock && event.state.revision < held.clock.revision) return runs;
  const next = new Map(runs);
  next.set(event.meetingId, {
    meetingId: event.meetingId,
    status: event.status,
    facilitatorId: event.state.facilitatorId,
    startedAt: event.state.startedAt,
    endedAt: event.state.endedAt,
    attendeeIds: held?.attendeeIds ?? [],
    clock: event.state,
  });
  return next;
}

export interface MeetingRunsWatch {
  /** Loads the list again (a meeting was added to the document, say). */
  reload(): void;
  stop(): void;
}

export function watchMeetingRuns(
  boardId: string,
  load: () => Promise<MeetingListDto>,
  onRuns: (runs: MeetingRuns) => void,
): MeetingRunsWatch {
  let stopped = false;
  let inFlight = false;
  let again = false;
  let runs: MeetingRuns = new Map();
  const reload = async () => {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      const list = await load();
      if (!stopped) onRuns((runs = runsOfList(list)));
    } catch {
      // Kept as they were; the next event or reconnect loads again.
    }
    inFlight = false;
    if (again) {
      again = false;
      void reload();
    }
  };
  const onState = (event: MeetingStateEvent) => {
    if (event.boardId !== boardId || stopped) return;
    onRuns((runs = applyStateToRuns(runs, event)));
    void reload();
  };
  const onConnect = () => void reload();
  let current: PresenceSocket | null = null;
  const attach = (s: PresenceSocket | null) => {
    current?.off('meeting:state', onState);
    current?.off('connect', onConnect);
    current = s;
    s?.on('meeting:state', onState);
    s?.on('connect', onConnect);
  };
  const unsubscribe = subscribeSocket(attach);
  void reload();
  return {
    reload: () => void reload(),
    stop: () => {
      stopped = true;
      unsubscribe();
      attach(null);
    },
  };
}
