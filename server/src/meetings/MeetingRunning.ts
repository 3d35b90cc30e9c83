/**
 * Running a meeting: the server-authoritative clock (this process's, else the one mirrored in
 * the document), starting (agenda written into the document, clock running), attendance on
 * join, and the facilitator's controls. Every change to the clock is broadcast as
 * `meeting:state`.
 */
import {
  MEETING_TIMEBOX_SECONDS,
  addAttendee,
  applyMeetingControl,
  getMeeting,
  idleClock,
  materializeAgenda,
  readMeetingClock,
  startClock,
  updateAgendaItem,
  updateMeeting,
  writeMeetingClock,
  type Meeting,
  type MeetingClockState,
  type MeetingControl,
  type MeetingDto,
  type MeetingStateEvent,
} from '@orderlane/shared';
import type * as Y from 'yjs';
import type { AuthContext } from '../auth/AuthContext';
import { HttpError } from '../http/HttpError';
import type { BoardRecord } from '../persistence/Storage';
import type { MeetingAgendas } from './MeetingAgendas';
import { MeetingClocks } from './MeetingClocks';
import { liveRoom } from './meetingDocs';
import { assertFacilitator, meetingOf, type MeetingServiceDeps } from './meetingLookup';

export class MeetingRunning {
  readonly clocks = new MeetingClocks();

  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly agendas: MeetingAgendas,
  ) {}

  /**
   * This process's clock of the meeting; after a restart, the one mirrored in the document; for a
   * meeting started without a mirror (an older document), one rebuilt from the meeting itself so
   * its facilitator can carry on.
   */
  clockOf(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingClockState {
    const known = this.clocks.get(board.id, meetingId);
    if (known) return known;
    const meeting = getMeeting(doc, meetingId);
    const rebuilt =
      meeting && meeting.status !== 'planned'
        ? {
            ...idleClock(meetingId),
            running: meeting.status === 'running',
            facilitatorId: meeting.facilitatorId,
            startedAt: meeting.startedAt,
            endedAt: meeting.endedAt,
          }
        : null;
    return this.clocks.resolve(board.id, meetingId, readMeetingClock(doc, meetingId) ?? rebuilt);
  }

  toDto(board: BoardRecord, doc: Y.Doc, meeting: Meeting): MeetingDto {
    const clock = meeting.status === 'planned' ? null : this.clockOf(board, doc, meeting.id);
    return { ...meeting, boardId: board.id, clock, minutesFrozen: meeting.status === 'ended' };
  }

  private stateEvent(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingStateEvent {
    const meeting = meetingOf(doc, meetingId);
    return {
      boardId: board.id,
      meetingId,
      status: meeting.status,
      state: this.clockOf(board, doc, meetingId),
      serverNow: this.deps.now(),
    };
  }

  broadcast(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingStateEvent {
    const event = this.stateEvent(board, doc, meetingId);
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
    const room = await liveRoom(this.deps.rooms, board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const meeting = meetingOf(room.doc, meetingId);
      if (meeting.status === 'ended') throw new HttpError('conflict', 'the meeting has ended');
      if (meeting.status === 'running') return;
      const { view } = await this.agendas.agenda(board, meetingId);
      const now = this.deps.now();
      const facilitator = facilitatorId ?? auth.userId;
      const first = view.items[0];
      const clock = startClock(this.clockOf(board, room.doc, meetingId), {
        now,
        facilitatorId: facilitator,
        meetingTimeboxSeconds: MEETING_TIMEBOX_SECONDS[board.cadence!],
        firstItem: first ? { id: first.id, timeboxSeconds: first.timeboxSeconds } : null,
      });
      await room.changeDocument((doc) => {
        materializeAgenda(doc, view, auth.userId, now);
        updateMeeting(doc, meetingId, {
          status: 'running',
          startedAt: now,
          facilitatorId: facilitator,
        });
        addAttendee(doc, meetingId, facilitator, now);
        writeMeetingClock(doc, clock);
      }, auth);
      this.clocks.set(board.id, clock);
    });
    this.broadcast(board, room.doc, meetingId);
    return this.toDto(board, room.doc, meetingOf(room.doc, meetingId));
  }

  /** The state a client gets on `meeting:join`; attendance is recorded while the meeting runs. */
  async join(board: BoardRecord, auth: AuthContext, meetingId: string): Promise<MeetingStateEvent> {
    const room = await liveRoom(this.deps.rooms, board.id);
    const meeting = meetingOf(room.doc, meetingId);
    if (
      meeting.status === 'running' &&
      !meeting.attendeeIds.includes(auth.userId) &&
      auth.access !== 'viewer'
    ) {
      await room.changeDocument(
        (doc) => addAttendee(doc, meetingId, auth.userId, this.deps.now()),
        auth,
      );
    }
    return this.stateEvent(board, room.doc, meetingId);
  }

  async control(
    board: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    control: MeetingControl,
  ): Promise<MeetingStateEvent> {
    const room = await liveRoom(this.deps.rooms, board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const meeting = meetingOf(room.doc, meetingId);
      if (meeting.status !== 'running')
        throw new HttpError('conflict', 'the meeting is not running');
      const clock = this.clockOf(board, room.doc, meetingId);
      if (clock.facilitatorId !== auth.userId)
        throw new HttpError('forbidden', 'only the facilitator can do this');
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
      if (!outcome) throw new HttpError('not_found', 'no such agenda item');
      const { state: next, discussedItemId: discussed } = outcome;
      await room.changeDocument((doc) => {
        // Items that qualified after the start are written before the clock points at them.
        if (view) materializeAgenda(doc, view, auth.userId, now);
        if (discussed) updateAgendaItem(doc, discussed, { discussed: true });
        if (control.kind === 'handover')
          updateMeeting(doc, meetingId, { facilitatorId: control.userId });
        writeMeetingClock(doc, next);
      }, auth);
      this.clocks.set(board.id, next);
    });
    return this.broadcast(board, room.doc, meetingId);
  }
}
