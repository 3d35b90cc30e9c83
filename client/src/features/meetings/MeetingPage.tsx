/**
 * One meeting: joins it over the tab's socket (clock, facilitator's position), computes its live
 * agenda from the linked boards, and shows it running, or its frozen minutes once ended.
 */
import { useEffect, useMemo } from 'react';
import { useT } from '../../i18n';
import { useQueryParam } from '../../router/useQueryState';
import { createMeetingRunStore, useMeetingRun } from '../../store/meetingStore';
import type { BoardSession } from '../../sync/boardSession';
import { joinMeeting } from '../../sync/meetingSocket';
import { AppShell } from '../shell/AppShell';
import { MeetingRunView } from './MeetingRunView';
import { MinutesView } from './MinutesView';
import { useLinkedBoards } from './useLinkedBoards';
import { useLiveAgenda, type SeriesSnapshot } from './useMeetingData';

interface MeetingPageProps {
  session: BoardSession;
  series: SeriesSnapshot;
  meetingId: string;
}

export function MeetingPage({ session, series, meetingId }: MeetingPageProps) {
  const t = useT();
  const [print] = useQueryParam('print');
  const boardId = session.boardId;
  const run = useMemo(() => createMeetingRunStore(meetingId), [meetingId]);
  // The server's run: the series' list, then this meeting's own `meeting:state` (the join's ack
  // included) once joined. Unknown until the list arrives (the document's status is never read).
  const liveStatus = useMeetingRun(run, (s) => s.status);
  const liveClock = useMeetingRun(run, (s) => s.clock);
  const listed = series.meetings.find((m) => m.id === meetingId);
  const meeting = useMemo(
    () =>
      // Before the start the clock is idle (no facilitator yet): the list's run says who.
      listed && liveStatus && liveStatus !== 'planned' && liveClock
        ? {
            ...listed,
            status: liveStatus,
            facilitatorId: liveClock.facilitatorId,
            startedAt: liveClock.startedAt,
            endedAt: liveClock.endedAt,
          }
        : listed,
    [listed, liveStatus, liveClock],
  );
  const status = series.runsLoaded ? meeting?.status : undefined;
  const { boards, history } = useLinkedBoards(
    boardId,
    meetingId,
    series.sourceBoardIds,
    status !== 'ended',
  );
  const agenda = useLiveAgenda(series, boards, meetingId, history);

  // Join again when the meeting starts: attendance is recorded by a join while it runs.
  useEffect(() => {
    if (!status || status === 'ended') return;
    return joinMeeting(run, { boardId, meetingId });
  }, [run, boardId, meetingId, status]);

  if (!meeting || !status) {
    return (
      <AppShell title={series.meta.title || '…'}>
        <p className="board-loading" role="status">
          {t('meetings.loading')}
        </p>
      </AppShell>
    );
  }
  if (status === 'ended')
    return (
      <MinutesView boardId={boardId} series={series} meeting={meeting} printable={print === '1'} />
    );
  return (
    <MeetingRunView session={session} series={series} meeting={meeting} agenda={agenda} run={run} />
  );
}
