/**
 * Running a meeting: the server-authoritative clock, starting (agenda written into the
 * document, clock running), attendance on join, and the facilitator's controls. The run
 * (status, facilitator, times, clock, attendance) is SQL's (MeetingRuns), not the document's: nothing a
 * member writes into the document changes who controls the meeting or what state it is in.
 * Every change to the clock is broadcast as `meeting:state`.
 */
import {
  MEETING_TIMEBOX_SECONDS,
  applyMeetingControl,
  idleClock,
  materializeAgenda,
  startClock,
  updateAgendaItem,
  type Meeting,
  type MeetingClockState,
  type MeetingControl,
  type MeetingDto,
  type MeetingRun,
  type MeetingStateEvent,
  canWrite,
} from '@orderlane/shared';
import type * as Y from 'yjs';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { MeetingAgendas } from './MeetingAgendas';
import { MeetingClocks } from './MeetingClocks';
import { assertRunning, type MeetingRuns } from './MeetingRuns';
import { assertFacilitator, type MeetingServiceDeps } from './meetingLookup';

/**
 * The run's clock; for a run without one (a meeting adopted from an older document that had no
 * clock mirror), one rebuilt from the run itself so its facilitator can carry on.
 */
export function clockOfRun(meetingId: string, run: MeetingRun | undefined): MeetingClockState {
  if (run?.clock) return run.clock;
  if (!run || run.status === 'planned') return idleClock(meetingId);
  return {
    ...idleClock(meetingId),
    running: run.status === 'running',
    facilitatorId: run.facilitatorId,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
  };
}

export class MeetingRunning {
  /** Serialises the changes to one meeting (two facilitator clicks never interleave). */
  readonly clocks = new MeetingClocks();

  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly agendas: MeetingAgendas,
    readonly runs: MeetingRuns,
  ) {}

  toDto(board: BoardRecord, meeting: Meeting, run: MeetingRun | undefined): MeetingDto {
    const clock = meeting.status === 'planned' ? null : clockOfRun(meeting.id, run);
    return { ...meeting, boardId: board.id, clock, minutesFrozen: meeting.status === 'ended' };
  }

  async dtoOf(board: BoardRecord, doc: Y.Doc, meetingId: string): Promise<MeetingDto> {
    const { meeting, run } = await this.runs.meetingOf(board, doc, meetingId);
    return this.toDto(board, meeting, run);
  }

  private async stateEvent(
    board: BoardRecord,
    doc: Y.Doc,
    meetingId: string,
  ): Promise<MeetingStateEvent> {
    const { meeting, run } = await this.runs.meetingOf(board, doc, meetingId);
    return {
      boardId: board.id,
      meetingId,
      status: meeting.status,
      state: clockOfRun(meetingId, run),
      serverNow: this.deps.now(),
    };
  }

  async broadcast(board: BoardRecord, doc: Y.Doc, meetingId: string): Promise<MeetingStateEvent> {
    const event = await this.stateEvent(board, doc, meetingId);
    this.deps.bus.toBoard(board.id, 'meeting:state', event);
    return event;
  }

  /** Starts the meeting: its agenda is written into the document and the clock runs. */
  async start(
    board: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    facilitatorId?: string,
  ): Promise<MeetingDto> {
    if (facilitatorId)
      await assertFacilitator(this.deps.storage, auth, facilitatorId, 'the facilitator');
    const room = await this.deps.rooms.open(board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const { meeting, run } = await this.runs.meetingOf(board, room.doc, meetingId);
      if (meeting.status === 'ended') throw new AppError('conflict', 'the meeting has ended');
      if (meeting.status === 'running') return;
      const { view } = await this.agendas.agenda(board, meetingId);
      const now = this.deps.now();
      const facilitator = facilitatorId ?? auth.userId;
      const first = view.items[0];
      const clock = startClock(clockOfRun(meetingId, run), {
        now,
        facilitatorId: facilitator,
        meetingTimeboxSeconds: MEETING_TIMEBOX_SECONDS[board.cadence!],
        firstItem: first ? { id: first.id, timeboxSeconds: first.timeboxSeconds } : null,
      });
      await room.changeDocument((doc) => {
        materializeAgenda(doc, view, auth.userId, now);
      }, auth);
      await this.deps.storage.meetings.putRun(board.id, {
        meetingId,
        status: 'running',
        facilitatorId: facilitator,
        startedAt: now,
        endedAt: null,
        clock,
      });
      await this.deps.storage.meetings.addAttendee(board.id, meetingId, facilitator, now);
    });
    await this.broadcast(board, room.doc, meetingId);
    return this.dtoOf(board, room.doc, meetingId);
  }

  /** The state a client gets on `meeting:join`; attendance is recorded while the meeting runs. */
  async join(board: BoardRecord, auth: AuthContext, meetingId: string): Promise<MeetingStateEvent> {
    const room = await this.deps.rooms.open(board.id);
    const { meeting } = await this.runs.meetingOf(board, room.doc, meetingId);
    if (meeting.status === 'running' && canWrite(auth.access))
      await this.deps.storage.meetings.addAttendee(
        board.id,
        meetingId,
        auth.userId,
        this.deps.now(),
      );
    return this.stateEvent(board, room.doc, meetingId);
  }

  async control(
    board: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    control: MeetingControl,
  ): Promise<MeetingStateEvent> {
    const room = await this.deps.rooms.open(board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const { meeting, run } = await this.runs.meetingOf(board, room.doc, meetingId);
      assertRunning(meeting);
      const clock = clockOfRun(meetingId, run);
      if (clock.facilitatorId !== auth.userId)
        throw new AppError('forbidden', 'only the facilitator can do this');
      const now = this.deps.now();
      const view =
        control.kind === 'advance' || control.kind === 'goto'
          ? (await this.agendas.agenda(board, meetingId)).view
          : null;
      if (control.kind === 'handover')
        await assertFacilitator(this.deps.storage, auth, control.userId, 'the new facilitator');
      const items = (view?.items ?? []).map((i) => ({
        id: i.id,
        timeboxSeconds: i.timeboxSeconds,
      }));
      const outcome = applyMeetingControl(clock, control, items, now);
      if (!outcome) throw new AppError('not_found', 'no such agenda item');
      const { state: next, discussedItemId: discussed } = outcome;
      if (view || discussed)
        await room.changeDocument((doc) => {
          // Items that qualified after the start are written before the clock points at them.
          if (view) materializeAgenda(doc, view, auth.userId, now);
          if (discussed) updateAgendaItem(doc, discussed, { discussed: true });
        }, auth);
      await this.deps.storage.meetings.putRun(board.id, {
        meetingId,
        status: meeting.status,
        facilitatorId: next.facilitatorId,
        startedAt: meeting.startedAt,
        endedAt: meeting.endedAt,
        clock: next,
      });
    });
    return this.broadcast(board, room.doc, meetingId);
  }
}
