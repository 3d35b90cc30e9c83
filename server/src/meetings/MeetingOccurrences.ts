/**
 * The occurrences of a meeting series: finding the series, listing and reading its meetings
 * (with the summary of frozen minutes), and "start today's standup", which answers the meeting
 * of that date, running or ended, and never makes a second one.
 */
import {
  addMeeting,
  isoDay,
  newestMeetingsFirst,
  readSeriesFacilitatorId,
  type MeetingCreateBody,
  type MeetingDto,
  type MeetingListDto,
  newId,
} from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { boardAccess, type BoardAccessOptions } from '../access/boardAccess';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { MeetingRunning } from './MeetingRunning';
import {
  assertFacilitator,
  mayFacilitate,
  seriesDoc,
  type MeetingServiceDeps,
} from './meetingLookup';

export class MeetingOccurrences {
  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly running: MeetingRunning,
  ) {}

  /** The meeting series of this workspace, for reading or for running (`READING`, `WRITING`). */
  async seriesOf(
    auth: AuthContext,
    boardId: string,
    use: BoardAccessOptions,
  ): Promise<BoardRecord> {
    const board = await boardAccess(this.deps.storage, auth, boardId, { ...use, kind: 'meeting' });
    if (!board.cadence) throw new AppError('bad_request', 'this board is not a meeting series');
    return board;
  }

  async getMeeting(board: BoardRecord, meetingId: string): Promise<MeetingDto> {
    return this.running.dtoOf(board, await seriesDoc(this.deps, board), meetingId);
  }

  async listMeetings(board: BoardRecord): Promise<MeetingListDto> {
    const doc = await seriesDoc(this.deps, board);
    const minutes = new Map(
      (await this.deps.storage.meetings.listMinutes(board.id)).map((r) => [r.meetingId, r.minutes]),
    );
    const { meetings: all, runs } = await this.running.runs.meetingsOf(board, doc);
    const meetings = newestMeetingsFirst(all).map((m) => {
      const frozen = minutes.get(m.id);
      return {
        ...this.running.toDto(board, m, runs.get(m.id)),
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

  /**
   * "Start today's standup": the series' meeting of that date if there is one (planned, running
   * or ended), else a new one. Creation is serialised per series, so two requests at once make
   * one meeting.
   */
  async createMeeting(
    board: BoardRecord,
    auth: AuthContext,
    body: MeetingCreateBody,
  ): Promise<{ created: boolean; meeting: MeetingDto }> {
    if (body.facilitatorId)
      await assertFacilitator(this.deps.storage, auth, body.facilitatorId, 'the facilitator');
    const date = body.date ?? isoDay(new Date(this.deps.now()));
    const room = await this.deps.rooms.open(board.id);
    const { clocks } = this.running;
    const { created, meetingId, ended } = await clocks.serialise(board.id, '+create', async () => {
      const { meetings } = await this.running.runs.meetingsOf(board, room.doc);
      const existing = meetings.find((m) => m.date === date);
      if (existing)
        return { created: false, meetingId: existing.id, ended: existing.status === 'ended' };
      const id = newId();
      // The series' default facilitator is in the (client-writable) document: a suggestion,
      // taken only if that person may facilitate here.
      const suggested = readSeriesFacilitatorId(room.doc);
      const facilitatorId =
        body.facilitatorId ??
        (suggested && (await mayFacilitate(this.deps.storage, auth.workspaceId, suggested))
          ? suggested
          : auth.userId);
      // The run is the server's: who facilitates is never read from the document. Written
      // first, so a client that sees the new entry and asks for the runs finds this one.
      await this.deps.storage.meetings.putRun(board.id, {
        meetingId: id,
        status: 'planned',
        facilitatorId,
        startedAt: null,
        endedAt: null,
        clock: null,
      });
      await room.changeDocument(
        (doc) =>
          addMeeting(
            doc,
            {
              id,
              date,
              createdBy: auth.userId,
              ...(body.groupBy ? { groupBy: body.groupBy } : {}),
            },
            this.deps.now(),
          ),
        auth,
      );
      return { created: true, meetingId: id, ended: false };
    });
    if (body.start && !ended)
      return { created, meeting: await this.running.start(board, auth, meetingId) };
    return { created, meeting: await this.running.dtoOf(board, room.doc, meetingId) };
  }
}
