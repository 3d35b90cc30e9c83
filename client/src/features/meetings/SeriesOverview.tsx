/**
 * A meeting series: its cadence, the order boards it draws on and its facilitator; "start
 * today's meeting" or plan one for a date; the earlier meetings with their minutes.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { isoDay, newestMeetingsFirst, type BoardDto, type MeetingListDto } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { Link } from '../../router/Link';
import { useCanWrite, useSessionStore } from '../../store/sessionStore';
import type { BoardConnection } from '../../sync/boardConnection';
import { FormError } from '../../ui/FormError';
import { AppShell } from '../shell/AppShell';
import { SyncBadge } from '../shell/SyncBadge';
import { meetingApi } from './meetingApi';
import { personName } from './meetingLabels';
import type { SeriesSnapshot } from './useMeetingData';

export const meetingPath = (boardId: string, meetingId: string, extra = '') =>
  `${paths.board(boardId)}?m=${encodeURIComponent(meetingId)}${extra}`;

export function SeriesOverview({
  connection,
  series,
}: {
  connection: BoardConnection;
  series: SeriesSnapshot;
}) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const boardId = connection.boardId;
  const cadence = series.meta.cadence ?? 'daily';
  const [boards, setBoards] = useState<BoardDto[]>([]);
  const [summaries, setSummaries] = useState<MeetingListDto | null>(null);
  const [date, setDate] = useState(() => isoDay(new Date(Date.now() + 86_400_000)));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mayWrite = useCanWrite();
  const ended = series.meetings.filter((m) => m.status === 'ended').length;

  useEffect(() => {
    api.boards().then(setBoards, () => {});
  }, []);
  useEffect(() => {
    let live = true;
    meetingApi.list(boardId).then(
      (list) => live && setSummaries(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [boardId, ended]);

  const create = async (body: { start?: boolean; date?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const meeting = await meetingApi.create(boardId, body);
      navigate(meetingPath(boardId, meeting.id));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const plan = (e: FormEvent) => {
    e.preventDefault();
    void create({ date });
  };

  const meetings = newestMeetingsFirst(series.meetings);
  // The day has one meeting: once it exists the button joins it or shows its minutes.
  const todays = series.runsLoaded
    ? series.meetings.find((m) => m.date === isoDay(new Date()))
    : undefined;
  const summaryOf = (id: string) => summaries?.meetings.find((m) => m.id === id)?.minutes ?? null;
  const boardTitle = (id: string) => boards.find((b) => b.id === id)?.title ?? id;

  return (
    <AppShell title={series.meta.title || '…'} status={<SyncBadge state={connection.syncState} />}>
      <div className="page series" data-testid="meeting-series">
        <div className="page__head">
          <div>
            <p className="series__kind">{t(`meetings.cadence.${cadence}`)}</p>
            <h1>{series.meta.title}</h1>
            <dl className="series__facts">
              <div>
                <dt>{t('meetings.series.boards')}</dt>
                <dd>
                  {series.sourceBoardIds.length === 0
                    ? t('meetings.series.noBoards')
                    : series.sourceBoardIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <Link href={paths.board(id)}>{boardTitle(id)}</Link>
                        </span>
                      ))}
                </dd>
              </div>
              <div>
                <dt>{t('meetings.series.facilitator')}</dt>
                <dd>{personName(members, series.facilitatorId)}</dd>
              </div>
            </dl>
          </div>
          {mayWrite && (
            <div className="series__actions">
              {todays && todays.status !== 'planned' ? (
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="series-today"
                  data-status={todays.status}
                  onClick={() => navigate(meetingPath(boardId, todays.id))}
                >
                  {todays.status === 'running'
                    ? t('meetings.series.join', {
                        name: personName(members, todays.facilitatorId),
                      })
                    : t('meetings.series.viewMinutes')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="series-today"
                  data-status="none"
                  disabled={busy}
                  onClick={() => void create({ start: true })}
                >
                  {t(`meetings.startToday.${cadence}`)}
                </button>
              )}
              <form className="series__plan" onSubmit={plan}>
                <label className="field">
                  <span className="field__label">{t('meetings.plan.date')}</span>
                  <input
                    type="date"
                    required
                    value={date}
                    onChange={(e) => setDate(e.target.value)}
                  />
                </label>
                <button type="submit" className="button" disabled={busy || !date}>
                  {t('meetings.plan.submit')}
                </button>
              </form>
            </div>
          )}
        </div>
        {error !== null && <FormError error={error} />}
        <h2 className="series__heading">{t('meetings.series.occurrences')}</h2>
        {meetings.length === 0 ? (
          <p className="muted">{t('meetings.series.none')}</p>
        ) : (
          <ul className="series__list">
            {meetings.map((m) => {
              const summary = summaryOf(m.id);
              return (
                <li key={m.id} className="series__item" data-meeting-id={m.id}>
                  <Link className="series__link" href={meetingPath(boardId, m.id)}>
                    <span className="series__date">
                      {formatDate(locale, m.date, { dateStyle: 'full' })}
                    </span>
                    <span className={`meeting-status meeting-status--${m.status}`}>
                      {t(`meetings.status.${m.status}`)}
                    </span>
                  </Link>
                  {summary && (
                    <span className="series__summary">
                      {t('meetings.series.summary', {
                        attendees: summary.attendees,
                        items: summary.itemsDiscussed,
                        decisions: summary.decisions,
                        actions: summary.actionItems,
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </AppShell>
  );
}
