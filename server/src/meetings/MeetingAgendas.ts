/**
 * A meeting's agenda, computed from the LIVE linked boards and the card-history events, with
 * `today` being the meeting's own date; and those same events for the browser to run the same
 * rules over its live copies of the boards.
 */
import {
  computeAgenda,
  listActionItems,
  listAgendaItems,
  type AgendaView,
  type MeetingHistoryEventsDto,
  type SourceBoard,
} from '@orderlane/shared';
import type { BoardRecord } from '../persistence/BoardStorage';
import { cardEvents, sourceBoards } from './meetingDocs';
import { meetingOf, seriesDoc, type MeetingServiceDeps } from './meetingLookup';
import type { MeetingRuns } from './MeetingRuns';

export class MeetingAgendas {
  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly runs: MeetingRuns,
  ) {}

  /** The agenda of a meeting over the live boards (`today` is the meeting's own date). */
  async agenda(
    board: BoardRecord,
    meetingId: string,
    boards?: SourceBoard[],
  ): Promise<{ view: AgendaView; boards: SourceBoard[] }> {
    const doc = await seriesDoc(this.deps, board);
    // Status and start times (the previous standup, carry-over) are the runs', not the doc's.
    const { meetings } = await this.runs.meetingsOf(board, doc);
    const meeting = meetings.find((m) => m.id === meetingId) ?? meetingOf(doc, meetingId);
    const sources = boards ?? (await sourceBoards(this.deps.storage, this.deps.rooms, board));
    const now = this.deps.now();
    const events = await cardEvents(this.deps.storage, sources, now, this.deps.logger);
    const view = computeAgenda({
      cadence: board.cadence!,
      boards: sources,
      today: meeting.date,
      now,
      meetings,
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
    meetingOf(await seriesDoc(this.deps, board), meetingId);
    const sources = await sourceBoards(this.deps.storage, this.deps.rooms, board);
    const now = this.deps.now();
    const events = await cardEvents(this.deps.storage, sources, now, this.deps.logger);
    return { events: events ?? null, serverNow: now };
  }
}
