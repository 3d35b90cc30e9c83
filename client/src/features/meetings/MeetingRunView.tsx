/**
 * A meeting before and while it runs: the bar (clock, facilitator's controls, follow), the
 * agenda and the item on screen. ←/→ step through the items: the facilitator's step moves
 * everyone who follows; anyone else steps their own view. `?mode=bigscreen` is the shared screen.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { agendaOrder, type Meeting, type AgendaView, type MeetingControl } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useQueryParam } from '../../router/useQueryState';
import {
  isFacilitator,
  stepLocal,
  useMeetingRun,
  type MeetingRunStore,
} from '../../store/meetingStore';
import { useCanWrite, useSessionStore } from '../../store/sessionStore';
import { isTextField } from '../../ui/isTextField';
import type { BoardSession } from '../../sync/boardSession';
import { createMeetingActions } from '../../sync/meetingActions';
import { sendMeetingControl } from '../../sync/meetingSocket';
import { AppShell } from '../shell/AppShell';
import { SyncBadge } from '../shell/SyncBadge';
import { AgendaList } from './AgendaList';
import { AgendaItemDetail } from './AgendaItemDetail';
import { MeetingBar } from './MeetingBar';
import { MeetingContext, type MeetingContextValue } from './MeetingContext';
import type { SeriesSnapshot } from './useMeetingData';

interface MeetingRunViewProps {
  session: BoardSession;
  series: SeriesSnapshot;
  meeting: Meeting;
  agenda: AgendaView | null;
  run: MeetingRunStore;
}

export function MeetingRunView({ session, series, meeting, agenda, run }: MeetingRunViewProps) {
  const t = useT();
  const userId = useSessionStore((s) => s.me?.user.id ?? null);
  const mayWrite = useCanWrite();
  const [mode] = useQueryParam('mode');
  const bigscreen = mode === 'bigscreen';
  const [refusal, setRefusal] = useState<string | null>(null);
  const facilitating = useMeetingRun(
    run,
    (s) => isFacilitator(s, userId) && s.status === 'running',
  );
  const { boardId, doc } = session;
  const origin = session.actions.origin;
  const actions = useMemo(() => createMeetingActions(doc, origin, userId), [doc, origin, userId]);

  const control = useCallback(
    (c: MeetingControl) => {
      setRefusal(null);
      void sendMeetingControl(run, { boardId, meetingId: meeting.id }, c).then((ack) => {
        if (!ack.ok) setRefusal(ack.error.code);
      });
    },
    [run, boardId, meeting.id],
  );
  const materialize = useCallback(() => {
    if (agenda) actions.writeSuggestions(agenda);
  }, [actions, agenda]);

  const context = useMemo<MeetingContextValue>(
    () => ({
      doc,
      actions,
      boardId,
      series,
      meeting,
      agenda,
      run,
      userId,
      canWrite: mayWrite,
      bigscreen,
      control,
      materialize,
    }),
    [
      doc,
      actions,
      boardId,
      series,
      meeting,
      agenda,
      run,
      userId,
      mayWrite,
      bigscreen,
      control,
      materialize,
    ],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const direction = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!direction || !agenda) return;
      e.preventDefault();
      if (facilitating)
        control({ kind: 'advance', direction: direction > 0 ? 'next' : 'previous' });
      else run.setState((s) => stepLocal(s, agendaOrder(agenda), direction, userId));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [agenda, facilitating, control, run, userId]);

  const body = (
    <MeetingContext.Provider value={context}>
      <div
        className={`meeting${bigscreen ? ' meeting--bigscreen' : ''}`}
        data-testid="meeting"
        data-meeting-id={meeting.id}
        data-status={meeting.status}
      >
        <MeetingBar refusal={refusal} />
        {!agenda ? (
          <p className="board-loading" role="status">
            {t('meetings.loading')}
          </p>
        ) : (
          <div className="meeting__body">
            <AgendaList />
            <AgendaItemDetail />
          </div>
        )}
      </div>
    </MeetingContext.Provider>
  );
  if (bigscreen) return body;
  return (
    <AppShell
      wide
      title={series.meta.title || '…'}
      status={<SyncBadge state={session.syncState} />}
    >
      {body}
    </AppShell>
  );
}
