/**
 * The meeting series' document (mirrored into a store, entry by entry) and its linked order
 * boards as React state, and the live agenda of one meeting computed from both with the shared
 * rules (`computeAgenda`), the same function the server runs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import {
  computeAgenda,
  isoDay,
  withRuns,
  type AgendaView,
  type CardEvent,
  type SourceBoard,
} from '@orderlane/shared';
import { createMeetingSeriesStore, type MeetingSeriesState } from '../../store/meetingSeriesStore';
import { useSessionStore } from '../../store/sessionStore';
import { bindMeetingSeries, readMeetingSeries } from '../../sync/bindMeetingSeries';
import { openMeetingSources, watchCardHistory } from '../../sync/meetingSources';
import { watchMeetingRuns, type MeetingRuns, type MeetingRunsWatch } from '../../sync/meetingRuns';
import { memberColor } from '../shell/avatar';
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

const noBoards: SourceBoard[] = [];

/** Opens the linked order boards while mounted and returns them as plain data, live. */
export function useSourceBoards(boardIds: readonly string[]): SourceBoard[] {
  const user = useSessionStore((s) => s.me?.user);
  const key = boardIds.join(',');
  const [boards, setBoards] = useState<SourceBoard[]>(noBoards);
  useEffect(() => {
    if (!user || key === '') return;
    const sources = openMeetingSources(key.split(','), {
      id: user.id,
      name: user.name,
      color: memberColor(user.id),
    });
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBoards(sources.read());
      });
    };
    onChange();
    const off = sources.onChange(onChange);
    return () => {
      off();
      if (frame) cancelAnimationFrame(frame);
      sources.destroy();
      setBoards(noBoards);
    };
  }, [key, user]);
  return boards;
}

/** The server's card history for a meeting's agenda: not loaded yet, or loaded (undefined = none). */
export type HistoryEvents = { loaded: false } | { loaded: true; events: CardEvent[] | undefined };

const notLoaded: HistoryEvents = { loaded: false };
const noHistory: HistoryEvents = { loaded: true, events: undefined };

/**
 * The card-history events the server's agenda rules read for this meeting (`…/history-events`),
 * reloaded whenever history is written for a linked board, so "moved since the last standup"
 * and the figures match the server's. A failed load counts as "no history" (the rules'
 * estimates, as the server's own fallback), retried on the next history event.
 */
export function useHistoryEvents(
  seriesId: string,
  meetingId: string,
  boardIds: readonly string[],
  enabled = true,
): HistoryEvents {
  const key = boardIds.join(',');
  const [state, setState] = useState<{ for: string; value: HistoryEvents }>({
    for: '',
    value: notLoaded,
  });
  const current = `${seriesId}/${meetingId}/${key}`;
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let inFlight = false;
    let again = false;
    const load = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      let value: HistoryEvents;
      try {
        const dto = await meetingApi.historyEvents(seriesId, meetingId);
        value = { loaded: true, events: dto.events ?? undefined };
      } catch {
        value = { loaded: true, events: undefined };
      }
      inFlight = false;
      if (stopped) return;
      setState({ for: current, value });
      if (again) {
        again = false;
        void load();
      }
    };
    void load();
    const stop = key === '' ? () => {} : watchCardHistory(key.split(','), () => void load());
    return () => {
      stopped = true;
      stop();
    };
  }, [seriesId, meetingId, key, current, enabled]);
  return state.for === current ? state.value : notLoaded;
}

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
