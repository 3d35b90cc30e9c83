/**
 * Where a meeting's server-owned state is read from: its run in SQL, never the
 * series document. A series whose older document still holds those keys is adopted once, on its
 * first read: meetings with no run take the document's values that one time (see
 * `legacyMeetingRun`); afterwards the document's copies are ignored for good.
 */
import { listMeetings, withRun, withRuns, type Meeting, type MeetingRun } from '@orderlane/shared';
import type * as Y from 'yjs';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import { legacyMeetingRun } from './legacyMeetingRun';
import { meetingOf, type MeetingServiceDeps } from './meetingLookup';

export class MeetingRuns {
  /** Series already adopted (SQL says so too; this only saves the query). */
  private readonly adopted = new Set<string>();

  constructor(private readonly deps: MeetingServiceDeps) {}

  private async adopt(board: BoardRecord, doc: Y.Doc): Promise<void> {
    if (this.adopted.has(board.id)) return;
    const minutes = new Map(
      (await this.deps.storage.meetings.listMinutes(board.id)).map((r) => [r.meetingId, r.minutes]),
    );
    const legacy = listMeetings(doc).map((m) => legacyMeetingRun(doc, m, minutes.get(m.id)));
    await this.deps.storage.meetings.adoptRuns(board.id, legacy, this.deps.now());
    this.adopted.add(board.id);
  }

  /** The run of one meeting (undefined: it has not been given one, so it is planned). */
  async runOf(board: BoardRecord, doc: Y.Doc, meetingId: string): Promise<MeetingRun | undefined> {
    await this.adopt(board, doc);
    return this.deps.storage.meetings.getRun(board.id, meetingId);
  }

  /** The meeting as it is (document entry + run); 404 when the document has no such meeting. */
  async meetingOf(
    board: BoardRecord,
    doc: Y.Doc,
    meetingId: string,
  ): Promise<{ meeting: Meeting; run: MeetingRun | undefined }> {
    const entry = meetingOf(doc, meetingId);
    const run = await this.runOf(board, doc, meetingId);
    return { meeting: withRun(entry, run), run };
  }

  /** Every meeting of the series as it is, with the runs by meeting id. */
  async meetingsOf(
    board: BoardRecord,
    doc: Y.Doc,
  ): Promise<{ meetings: Meeting[]; runs: Map<string, MeetingRun> }> {
    await this.adopt(board, doc);
    const runs = new Map(
      (await this.deps.storage.meetings.listRuns(board.id)).map((r) => [r.meetingId, r]),
    );
    return { meetings: withRuns(listMeetings(doc), runs), runs };
  }
}

/** 409 unless the meeting runs. */
export function assertRunning(meeting: Meeting): void {
  if (meeting.status !== 'running') throw new AppError('conflict', 'the meeting is not running');
}
