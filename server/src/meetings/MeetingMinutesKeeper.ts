/**
 * Ending a meeting freezes its minutes into SQL: stored once, never recomputed; reading them
 * back (409 while the meeting has not ended).
 */
import {
  agendaOrder,
  buildMinutes,
  decisionsOnCards,
  endClock,
  type MeetingDto,
  type MinutesDto,
} from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { MeetingAgendas } from './MeetingAgendas';
import { clockOfRun, type MeetingRunning } from './MeetingRunning';
import { meetingOf, seriesDoc, type MeetingServiceDeps } from './meetingLookup';

export class MeetingMinutesKeeper {
  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly agendas: MeetingAgendas,
    private readonly running: MeetingRunning,
  ) {}

  async minutes(board: BoardRecord, meetingId: string): Promise<MinutesDto> {
    const record = await this.deps.storage.meetings.getMinutes(board.id, meetingId);
    if (record) return { minutes: record.minutes, frozenAt: record.frozenAt };
    meetingOf(await seriesDoc(this.deps, board), meetingId);
    throw new AppError('conflict', 'the meeting has not ended: no minutes yet');
  }

  /** Ends the meeting and freezes its minutes: stored once, never recomputed. */
  async end(board: BoardRecord, auth: AuthContext, meetingId: string): Promise<MeetingDto> {
    const { clocks } = this.running;
    const room = await this.deps.rooms.open(board.id);
    await clocks.serialise(board.id, meetingId, async () => {
      const { meetings, runs } = await this.running.runs.meetingsOf(board, room.doc);
      const meeting = meetings.find((m) => m.id === meetingId) ?? meetingOf(room.doc, meetingId);
      const run = runs.get(meetingId);
      if (meeting.status !== 'running')
        throw new AppError(
          'conflict',
          meeting.status === 'ended' ? 'already ended' : 'not started',
        );
      const clock = clockOfRun(meetingId, run);
      if (clock.facilitatorId !== auth.userId && auth.access !== 'admin')
        throw new AppError('forbidden', 'only the facilitator ends the meeting');
      const { view, boards } = await this.agendas.agenda(board, meetingId);
      const now = this.deps.now();
      const cards = new Map(
        boards.flatMap((b) =>
          b.cards.map((c) => [
            `${b.id}/${c.id}`,
            { orderNo: c.orderNo, customer: c.customer, title: c.title },
          ]),
        ),
      );
      const members = await this.deps.storage.accounts.listMembers(board.workspaceId);
      const minutes = buildMinutes(
        room.doc,
        meetingId,
        members.map((m) => ({ id: m.userId, name: m.name })),
        {
          // Title, status, times, facilitator and attendance as the server holds them, not the doc's.
          title: board.title,
          meetings,
          order: agendaOrder(view),
          card: (boardId, cardId) => cards.get(`${boardId}/${cardId}`),
        },
      )!;
      // Minutes first, then the status: if writing the status fails, ending again finds the
      // minutes already frozen (false, kept as they were) and completes the end.
      const frozen = await this.deps.storage.meetings.freezeMinutes({
        boardId: board.id,
        meetingId,
        workspaceId: board.workspaceId,
        date: meeting.date,
        minutes: { ...minutes, endedAt: now },
        frozenAt: now,
      });
      // Each decision on a card also goes into that card's history, once: with the minutes.
      if (frozen)
        await this.deps.storage.activity.appendCardHistory(
          decisionsOnCards(minutes).map((d) => ({
            boardId: d.boardId,
            cardId: d.cardId,
            type: d.change.type,
            from: d.change.from,
            to: d.change.to,
            subject: null,
            actorId: auth.userId,
            at: now,
          })),
        );
      await this.deps.storage.meetings.putRun(board.id, {
        meetingId,
        status: 'ended',
        facilitatorId: meeting.facilitatorId,
        startedAt: meeting.startedAt,
        endedAt: now,
        clock: endClock(clock, now),
      });
    });
    await this.running.broadcast(board, room.doc, meetingId);
    return this.running.dtoOf(board, room.doc, meetingId);
  }
}
