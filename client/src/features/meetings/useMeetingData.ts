/**
 * The meeting series' document (mirrored into a store, entry by entry) with the server's runs,
 * and the live agenda of one meeting computed from it and the linked boards (`useLinkedBoards`)
 * with the shared rules (`computeAgenda`), the same function the server runs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import {
  computeAgenda,
  isoDay,
  withRuns,
  type AgendaView,
  type SourceBoard,
} from '@orderlane/shared';
import { createMeetingSeriesStore, type MeetingSeriesState } from '../../store/meetingSeriesStore';
import { bindMeetingSeries, readMeetingSeries } from '../../sync/bindMeetingSeries';
import type { HistoryEvents } from '../../sync/meetingHistory';
import { watchMeetingRuns, type MeetingRuns, type MeetingRunsWatch } from '../../sync/meetingRuns';
import { meetingApi } from './meetingApi';

/** The series with the server's runs on top of its meetings (status, facilitator, times). */
export interface SeriesSnapshot extends MeetingSeriesState {
  /** False until the server's runs arrived: until then no meeting's status is known. */
  runsLoaded: boolean;
}

/**
 * The series' meeting runs from the server (`GET …/meetings`, then every `meeting:state`),
 * loaded again when the document gains or loses a meeting. Null until the first load.
 */
function useMeetingRuns(boardId: string, meetingIds: string): MeetingRuns | null {
  const [state, setState] = useState<{ for: string; runs: MeetingRuns } | null>(null);
  const watch = useRef<MeetingRunsWatch | null>(null);
  useEffect(() => {
    const w = watchMeetingRuns(
      boardId,
      () => meetingApi.list(boardId),
      (runs) => setState({ for: boardId, runs }),
    );
    watch.current = w;
    return () => {
      w.stop();
      watch.current = null;
    };
  }, [boardId]);
  useEffect(() => {
    watch.current?.reload();
  }, [meetingIds]);
  return state?.for === boardId ? state.runs : null;
}

const noRuns: MeetingRuns = new Map();

/** The series' document, mirrored into a store while mounted, with the server's runs on top. */
export function useSeriesSnapshot(doc: Y.Doc, boardId: string): SeriesSnapshot {
  const store = useMemo(() => createMeetingSeriesStore(readMeetingSeries(doc)), [doc]);
  useEffect(() => bindMeetingSeries(doc, store), [doc, store]);
  const fromDoc = useStore(store);
  const meetingIds = fromDoc.meetings.map((m) => m.id).join(',');
  const runs = useMeetingRuns(boardId, meetingIds);
  return useMemo(
    () => ({
      ...fromDoc,
      meetings: withRuns(fromDoc.meetings, runs ?? noRuns),
      runsLoaded: runs !== null,
    }),
    [fromDoc, runs],
  );
}

const noHistory: HistoryEvents = { loaded: true, events: undefined };

/**
 * The live agenda of one meeting (null while the meeting is not in the document yet, or while
 * the card history is still loading: an agenda without it would list cards the server does not).
 */
export function useLiveAgenda(
  series: SeriesSnapshot,
  boards: readonly SourceBoard[],
  meetingId: string,
  history: HistoryEvents = noHistory,
): AgendaView | null {
  // Weekly "stuck longest" hours move with time: re-read every minute.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return useMemo(() => {
    const meeting = series.meetings.find((m) => m.id === meetingId);
    if (!meeting || !history.loaded) return null;
    return computeAgenda({
      cadence: series.meta.cadence ?? 'daily',
      boards,
      // The agenda's "today" is the meeting's own date (a meeting planned ahead shows that day).
      today: meeting.date || isoDay(new Date()),
      now,
      meetings: series.meetings,
      meetingId,
      actionItems: series.actionItems,
      stored: series.agendaItems,
      ...(history.events ? { events: history.events } : {}),
    });
  }, [series, boards, meetingId, now, history]);
}
