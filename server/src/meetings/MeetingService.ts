/**
 * Meeting series on the server: occurrences, the agenda computed from the LIVE linked boards,
 * starting and ending (minutes frozen into SQL), the facilitator's controls over the shared
 * clock, and action items. HTTP routes and socket.io handlers are thin layers over this.
 */
import type { Logger } from 'pino';
import {
  MEETING_TIMEBOX_SECONDS,
  addAttendee,
  addMeeting,
  agendaOrder,
  buildMinutes,
  computeAgenda,
  endClock,
  getMeeting,
  idleClock,
  isoDay,
  listActionItems,
  listAgendaItems,
  listMeetings,
  materializeAgenda,
  readMeetingClock,
  readSeriesFacilitatorId,
  startClock,
  updateAgendaItem,
  updateMeeting,
  writeMeetingClock,
  applyMeetingControl,
  type AgendaView,
  type MeetingControl,
  type Meeting,
  type MeetingClockState,
  type MeetingCreateBody,
  type MeetingDto,
  type MeetingHistoryEventsDto,
  type MeetingListDto,
  type MeetingStateEvent,
  type MinutesDto,
  type SourceBoard,
} from '@orderlane/shared';
import type * as Y from 'yjs';
import type { AuthContext } from '../auth/AuthContext';
import { HttpError } from '../http/HttpError';
import { newId } from '../http/newId';
import type { BoardRecord, Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../realtime/RealtimeBus';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { MeetingClocks } from './MeetingClocks';
import { cardEvents, liveRoom, sourceBoards } from './meetingDocs';

export interface MeetingServiceDeps {
  storage: Storage;
  rooms: RoomRegistry;
  bus: RealtimeBus;
  now: () => number;
  logger: Logger;
}

export class MeetingService {
  readonly clocks = new MeetingClocks();

  constructor(private readonly deps: MeetingServiceDeps) {}

  // ---- reading ----

  async seriesOf(auth: AuthContext, boardId: string): Promise<BoardRecord> {
    const board = await this.deps.storage.getBoard(boardId);
    if (!board || board.workspaceId !== auth.workspaceId)
      throw new HttpError('not_found', 'no such board');
    if (board.kind !== 'meeting' || !board.cadence)
      throw new HttpError('bad_request', 'this board is not a meeting series');
    return board;
  }

  private async doc(board: BoardRecord): Promise<Y.Doc> {
    return (await liveRoom(this.deps.rooms, board.id)).doc;
  }

  private meetingOf(doc: Y.Doc, meetingId: string): Meeting {
    const meeting = getMeeting(doc, meetingId);
    if (!meeting) throw new HttpError('not_found', 'no such meeting');
    return meeting;
  }

  /**
   * This process's clock of the meeting; after a restart, the one mirrored in the document; for a
   * meeting started without a mirror (an older document), one rebuilt from the meeting itself so
   * its facilitator can carry on.
   */
  private clockOf(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingClockState {
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

  private toDto(board: BoardRecord, doc: Y.Doc, meeting: Meeting): MeetingDto {
    const clock = meeting.status === 'planned' ? null : this.clockOf(board, doc, meeting.id);
    return { ...meeting, boardId: board.id, clock, minutesFrozen: meeting.status === 'ended' };
  }

  private stateEvent(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingStateEvent {
    const meeting = this.meetingOf(doc, meetingId);
    return {
      boardId: board.id,
      meetingId,
      status: meeting.status,
      state: this.clockOf(board, doc, meetingId),
      serverNow: this.deps.now(),
    };
  }

  private broadcast(board: BoardRecord, doc: Y.Doc, meetingId: string): MeetingStateEvent {
    const event = this.stateEvent(board, doc, meetingId);
    this.deps.bus.toBoard(board.id, 'meeting:state', event);
    return event;
  }

  /** The agenda of a meeting over the live boards (`today` is the meeting's own date). */
  async agenda(
    board: BoardRecord,
    meetingId: string,
    boards?: SourceBoard[],
  ): Promise<{ view: AgendaView; boards: SourceBoard[] }> {
    const doc = await this.doc(board);
    const meeting = this.meetingOf(doc, meetingId);
    const sources = boards ?? (await sourceBoards(this.deps.storage, this.deps.rooms, board));
    const now = this.deps.now();
    const events = await cardEvents(this.deps.storage, sources, now, this.deps.logger);
    const view = computeAgenda({
      cadence: board.cadence!,
      boards: sources,
      today: meeting.date,
      now,
      meetings: listMeetings(doc),
      meetingId,
      actionItems: listActionItems(doc),
      stored: listAgendaItems(doc, meetingId),
      ...(events ? { events } : {}),
    })!;
    return { view, boards: sources };
  }

  /**
   * The card-history events `agenda` passes into `computeAgenda`, gathered the same way, for the
   * browser to run the same rules over its live copies of the boards.
   */
  async historyEvents(board: BoardRecord, meetingId: string): Promise<MeetingHistoryEventsDto> {
    this.meetingOf(await this.doc(board), meetingId);
    const sources = await sourceBoards(this.deps.storage, this.deps.rooms, board);
    const now = this.deps.now();
    const events = await cardEvents(this.deps.storage, sources, now, this.deps.logger);
    return { events: events ?? null, serverNow: now };
  }

  async getMeeting(board: BoardRecord, meetingId: string): Promise<MeetingDto> {
    const doc = await this.doc(board);
    return this.toDto(board, doc, this.meetingOf(doc, meetingId));
  }

  async listMeetings(board: BoardRecord): Promise<MeetingListDto> {
    const doc = await this.doc(board);
    const minutes = new Map(
      (await this.deps.storage.listMinutes(board.id)).map((r) => [r.meetingId, r.minutes]),
    );
    const meetings = listMeetings(doc)
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt)
      .map((m) => {
        const frozen = minutes.get(m.id);
        return {
          ...this.toDto(board, doc, m),
          minutesFrozen: !!frozen,
          minutes: frozen
            ? {
                attendees: frozen.attendees.length,
                itemsDiscussed: frozen.items.filter((i) => i.discussed).length,
                decisions: frozen.decisions.length,
                actionItems: frozen.actionItems.length,
              }
            : null,
        };
      });
    return { meetings };
  }

  async minutes(board: BoardRecord, meetingId: string): Promise<MinutesDto> {
    const record = await this.deps.storage.getMinutes(board.id, meetingId);
    if (record) return { minutes: record.minutes, frozenAt: record.frozenAt };
    this.meetingOf(await this.doc(board), meetingId);
    throw new HttpError('conflict', 'the meeting has not ended: no minutes yet');
  }

  // ---- lifecycle ----

  /** A facilitator must be a member who may write (a viewer cannot run a meeting). */
  private async assertMember(auth: AuthContext, userId: string, what: string): Promise<void> {
    const member = await this.deps.storage.getMember(auth.workspaceId, userId);
    if (!member) throw new HttpError('bad_request', `${what} is not a member of this workspace`);
    if (member.access === 'viewer') throw new HttpError('bad_request', `${what} is a viewer`);
  }

  /** "Start today's standup": the open occurrence of that date if there is one, else a new one. */
  async createMeeting(
    board: BoardRecord,
    auth: AuthContext,
    body: MeetingCreateBody,
  ): Promise<{ created: boolean; meeting: MeetingDto }> {
    if (body.facilitatorId) await this.assertMember(auth, body.facilitatorId, 'the facilitator');
    const date = body.date ?? isoDay(new Date(this.deps.now()));
    const room = await liveRoom(this.deps.rooms, board.id);
    const { created, meetingId } = await this.clocks.serialise(board.id, '+create', async () => {
      const open = listMeetings(room.doc).find((m) => m.date === date && m.status !== 'ended');
      if (open) return { created: false, meetingId: open.id };
      const id = newId();
      const facilitatorId = body.facilitatorId ?? readSeriesFacilitatorId(room.doc) ?? auth.userId;
      await room.changeDocument(
        (doc) =>
          addMeeting(
            doc,
            {
              id,
              date,
              facilitatorId,
              createdBy: auth.userId,
              ...(body.groupBy ? { groupBy: body.groupBy } : {}),
            },
            this.deps.now(),
          ),
        auth,
      );
      return { created: true, meetingId: id };
    });
    if (body.start) return { created, meeting: await this.start(board, auth, meetingId) };
    return { created, meeting: this.toDto(board, room.doc, this.meetingOf(room.doc, meetingId)) };
  }

  /** Starts the meeting: its agenda is written into the document and the clock runs. */
  async start(
    board: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    facilitatorId?: string,
  ): Promise<MeetingDto> {
    if (facilitatorId) await this.assertMember(auth, facilitatorId, 'the facilitator');
    const room = await liveRoom(this.deps.rooms, board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const meeting = this.meetingOf(room.doc, meetingId);
      if (meeting.status === 'ended') throw new HttpError('conflict', 'the meeting has ended');
      if (meeting.status === 'running') return;
      const { view } = await this.agenda(board, meetingId);
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
    return this.toDto(board, room.doc, this.meetingOf(room.doc, meetingId));
  }

  /** Ends the meeting and freezes its minutes: stored once, never recomputed. */
  async end(board: BoardRecord, auth: AuthContext, meetingId: string): Promise<MeetingDto> {
    const room = await liveRoom(this.deps.rooms, board.id);
    await this.clocks.serialise(board.id, meetingId, async () => {
      const meeting = this.meetingOf(room.doc, meetingId);
      if (meeting.status !== 'running')
        throw new HttpError(
          'conflict',
          meeting.status === 'ended' ? 'already ended' : 'not started',
        );
      const clock = this.clockOf(board, room.doc, meetingId);
      if (clock.facilitatorId !== auth.userId && auth.access !== 'admin')
        throw new HttpError('forbidden', 'only the facilitator ends the meeting');
      const { view, boards } = await this.agenda(board, meetingId);
      const now = this.deps.now();
      const cards = new Map(
        boards.flatMap((b) =>
          b.cards.map((c) => [`${b.id}/${c.id}`, { orderNo: c.orderNo, title: c.title }]),
        ),
      );
      const members = await this.deps.storage.listMembers(board.workspaceId);
      const minutes = buildMinutes(
        room.doc,
        meetingId,
        members.map((m) => ({ id: m.userId, name: m.name })),
        {
          order: agendaOrder(view),
          card: (boardId, cardId) => cards.get(`${boardId}/${cardId}`),
        },
      )!;
      // Minutes first, then the status: if writing the status fails, ending again finds the
      // minutes already frozen (false, kept as they were) and completes the end.
      await this.deps.storage.freezeMinutes({
        boardId: board.id,
        meetingId,
        workspaceId: board.workspaceId,
        date: meeting.date,
        minutes: { ...minutes, endedAt: now },
        frozenAt: now,
      });
      const ended = endClock(clock, now);
      await room.changeDocument((doc) => {
        updateMeeting(doc, meetingId, { status: 'ended', endedAt: now });
        writeMeetingClock(doc, ended);
      }, auth);
      this.clocks.set(board.id, ended);
    });
    this.broadcast(board, room.doc, meetingId);
    return this.toDto(board, room.doc, this.meetingOf(room.doc, meetingId));
  }

  // ---- the facilitator's controls ----

  /** The state a client gets on `meeting:join`; attendance is recorded while the meeting runs. */
  async join(board: BoardRecord, auth: AuthContext, meetingId: string): Promise<MeetingStateEvent> {
    const room = await liveRoom(this.deps.rooms, board.id);
    const meeting = this.meetingOf(room.doc, meetingId);
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
      const meeting = this.meetingOf(room.doc, meetingId);
      if (meeting.status !== 'running')
        throw new HttpError('conflict', 'the meeting is not running');
      const clock = this.clockOf(board, room.doc, meetingId);
      if (clock.facilitatorId !== auth.userId)
        throw new HttpError('forbidden', 'only the facilitator can do this');
      const now = this.deps.now();
      const view =
        control.kind === 'advance' || control.kind === 'goto'
          ? (await this.agenda(board, meetingId)).view
          : null;
      if (control.kind === 'handover')
        await this.assertMember(auth, control.userId, 'the new facilitator');
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
