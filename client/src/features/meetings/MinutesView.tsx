/**
 * The frozen minutes of an ended meeting, read-only: attendees, items discussed, decisions and
 * action items. Export as Markdown (the server's file) or open the printable page
 * (`&print=1`, print-styled, with a print button).
 */
import { useEffect, useState } from 'react';
import {
  minutesItemLabel,
  type Meeting,
  type Minutes,
  type MinutesActionItem,
} from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { FormError } from '../../ui/FormError';
import { AppShell } from '../shell/AppShell';
import { meetingApi } from './meetingApi';
import { meetingPath } from './SeriesOverview';
import type { SeriesSnapshot } from './useMeetingData';

interface MinutesViewProps {
  boardId: string;
  series: SeriesSnapshot;
  meeting: Meeting;
  printable: boolean;
}

export function MinutesView({ boardId, series, meeting, printable }: MinutesViewProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [minutes, setMinutes] = useState<Minutes | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    // The meeting document says "ended" a moment before the minutes are stored: retry briefly.
    const load = (attempt: number) =>
      meetingApi.minutes(boardId, meeting.id).then(
        (dto) => live && setMinutes(dto.minutes),
        (failure: unknown) => {
          if (!live) return;
          if (attempt < 5) setTimeout(() => void load(attempt + 1), 400 * (attempt + 1));
          else setError(failure);
        },
      );
    void load(0);
    return () => {
      live = false;
    };
  }, [boardId, meeting.id]);

  const body = (
    <article className={`minutes${printable ? ' minutes--print' : ''}`} data-testid="minutes">
      <div className="minutes__actions no-print">
        {printable ? (
          <>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('meetings.minutes.print')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => navigate(meetingPath(boardId, meeting.id))}
            >
              {t('common.close')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => navigate(paths.board(boardId))}>
              ‹ {t('meetings.back')}
            </button>
            <a
              className="button button--primary"
              data-testid="minutes-markdown"
              href={meetingApi.minutesMarkdownUrl(boardId, meeting.id, locale)}
              download={`minutes-${meeting.date}.md`}
            >
              {t('meetings.minutes.markdown')}
            </a>
            <a
              className="button"
              data-testid="minutes-printable"
              href={meetingPath(boardId, meeting.id, '&print=1')}
              onClick={(e) => {
                e.preventDefault();
                navigate(meetingPath(boardId, meeting.id, '&print=1'));
              }}
            >
              {t('meetings.minutes.printable')}
            </a>
          </>
        )}
      </div>
      <h1>
        {t('meetings.minutes.title', {
          series: series.meta.title,
          date: formatDate(locale, meeting.date, { dateStyle: 'long' }),
        })}
      </h1>
      {error !== null && <FormError error={error} />}
      {!minutes && error === null && <p role="status">{t('meetings.loading')}</p>}
      {minutes && <MinutesBody minutes={minutes} />}
    </article>
  );
  if (printable) return body;
  return <AppShell title={series.meta.title || '…'}>{body}</AppShell>;
}

function MinutesBody({ minutes }: { minutes: Minutes }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const time = (ms: number | null) =>
    ms === null
      ? '—'
      : new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(ms));
  const action = (a: MinutesActionItem) => (
    <li key={a.id} data-done={a.done}>
      {a.done ? '☑' : '☐'} {a.title} — {a.owner?.name ?? '—'}
      {a.dueDate ? `, ${t('meetings.minutes.due', { date: formatDate(locale, a.dueDate) })}` : ''}
      {a.carriedCount > 0 ? ` (${t('meetings.carriedTimes', { count: a.carriedCount })})` : ''}
    </li>
  );
  return (
    <>
      <dl className="minutes__facts">
        <div>
          <dt>{t('meetings.minutes.time')}</dt>
          <dd>
            {time(minutes.startedAt)}–{time(minutes.endedAt)}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.series.facilitator')}</dt>
          <dd>{minutes.facilitator?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('meetings.minutes.attendees')}</dt>
          <dd data-testid="minutes-attendees">
            {minutes.attendees.map((p) => p.name).join(', ') || '—'}
          </dd>
        </div>
      </dl>
      <h2>{t('meetings.minutes.decisions')}</h2>
      {minutes.decisions.length === 0 ? (
        <p className="muted">{t('meetings.minutes.none')}</p>
      ) : (
        <ul data-testid="minutes-decisions">
          {minutes.decisions.map((d) => (
            <li key={d.itemId}>
              <strong>{d.itemTitle}:</strong> {d.text}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('meetings.actionItems')}</h2>
      {minutes.actionItems.length === 0 ? (
        <p className="muted">{t('meetings.minutes.none')}</p>
      ) : (
        <ul data-testid="minutes-actions">{minutes.actionItems.map(action)}</ul>
      )}
      {minutes.carriedActionItems.length > 0 && (
        <>
          <h2>{t('meetings.minutes.carried')}</h2>
          <ul>{minutes.carriedActionItems.map(action)}</ul>
        </>
      )}
      <h2>{t('meetings.minutes.items')}</h2>
      <ol className="minutes__items">
        {minutes.items.map((item) => (
          <li key={item.id}>
            <strong>{minutesItemLabel(item)}</strong>
            {item.notes && <p className="minutes__notes">{item.notes}</p>}
            {item.decision && (
              <p>
                <em>{t('meetings.decision')}:</em> {item.decision}
              </p>
            )}
          </li>
        ))}
      </ol>
      {minutes.notReached > 0 && (
        <p className="muted">{t('meetings.minutes.notReached', { count: minutes.notReached })}</p>
      )}
    </>
  );
}
