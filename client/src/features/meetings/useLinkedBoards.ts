/**
 * A meeting's linked order boards, opened live while it is on screen, as plain data (re-read at
 * most once per frame), and the card history its agenda reads: the server's, asked for when the
 * meeting opens or its boards change, then kept current from the live boards themselves.
 */
import { useEffect, useState } from 'react';
import { memberColor, type SourceBoard } from '@orderlane/shared';
import { useSessionStore } from '../../store/sessionStore';
import { openMeetingSources } from '../../sync/meetingSources';
import { watchMeetingHistory, type HistoryEvents } from '../../sync/meetingHistory';
import { meetingApi } from './meetingApi';

export interface LinkedBoards {
  boards: SourceBoard[];
  history: HistoryEvents;
}

const notLoaded: LinkedBoards = { boards: [], history: { loaded: false } };

export function useLinkedBoards(
  seriesId: string,
  meetingId: string,
  boardIds: readonly string[],
  enabled: boolean,
): LinkedBoards {
  const userId = useSessionStore((s) => s.me?.user.id);
  const userName = useSessionStore((s) => s.me?.user.name);
  const key = boardIds.join(',');
  const current = `${seriesId}/${meetingId}/${key}`;
  const [state, setState] = useState<{ for: string; value: LinkedBoards }>({
    for: '',
    value: notLoaded,
  });

  useEffect(() => {
    if (!enabled || !userId || !userName) return;
    const user = { id: userId, name: userName, color: memberColor(userId) };
    const sources = openMeetingSources(key === '' ? [] : key.split(','), user);
    let boards = sources.read();
    let history: HistoryEvents = { loaded: false };
    let frame = 0;
    const publish = () => setState({ for: current, value: { boards, history } });
    const onBoards = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        boards = sources.read();
        publish();
      });
    };
    onBoards();
    const offBoards = sources.onChange(onBoards);
    const stopHistory = watchMeetingHistory(
      () => meetingApi.historyEvents(seriesId, meetingId),
      sources.connections,
      (next) => {
        history = next;
        publish();
      },
    );
    return () => {
      stopHistory();
      offBoards();
      if (frame) cancelAnimationFrame(frame);
      sources.destroy();
    };
  }, [enabled, userId, userName, seriesId, meetingId, key, current]);

  return enabled && state.for === current ? state.value : notLoaded;
}
