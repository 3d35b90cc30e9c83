/**
 * The meeting's bar: what meeting, the shared clock, and the controls. The facilitator starts,
 * steps (‹ ›), pauses, hands over and ends; everyone else may follow the facilitator's screen.
 * Controls the server would refuse are not offered.
 */
import { useState } from 'react';
import { AGENDA_GROUPINGS, canBeAssigned } from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { useQueryParam } from '../../router/useQueryState';
import { isFacilitator, setFollow, useMeetingRun } from '../../store/meetingStore';
import { useSessionStore } from '../../store/sessionStore';
import { FormError } from '../../ui/FormError';
import { meetingApi } from './meetingApi';
import { useMeetingContext } from './MeetingContext';
import { MeetingClock } from './MeetingClock';
import { EndMeetingDialog } from './EndMeetingDialog';
import { personName } from './meetingLabels';
import { useSubmission } from '../../ui/useSubmission';

export function MeetingBar({ refusal }: { refusal: string | null }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const { boardId, meeting, run, userId, canWrite, control, bigscreen, series, actions } =
    useMeetingContext();
  const [, setMode] = useQueryParam('mode');
  const status = useMeetingRun(run, (s) => s.status) ?? meeting.status;
  const facilitatorId = useMeetingRun(run, (s) => s.clock?.facilitatorId) ?? meeting.facilitatorId;
  const facilitating = useMeetingRun(run, (s) => isFacilitator(s, userId)) && status === 'running';
  const follow = useMeetingRun(run, (s) => s.follow);
  const paused = useMeetingRun(run, (s) => s.clock?.pausedAt != null);
  const [handTo, setHandTo] = useState('');
  const [ending, setEnding] = useState(false);
  const { error, busy, submit: call } = useSubmission({ repeatable: true });
  const running = status === 'running';
  const cadence = series.meta.cadence ?? 'daily';

  const others = members.filter((m) => canBeAssigned(m.access) && m.id !== facilitatorId);

  return (
    <header className="meeting-bar" data-testid="meeting-bar">
      <div className="meeting-bar__what">
        <button
          type="button"
          className="meeting-bar__back"
          onClick={() => navigate(paths.board(boardId))}
          aria-label={t('meetings.back')}
        >
          ‹
        </button>
        <div>
          <h1 className="meeting-bar__title">
            {t(`meetings.cadence.${cadence}`)} ·{' '}
            {formatDate(locale, meeting.date, { dateStyle: 'medium' })}
          </h1>
          <p className="meeting-bar__sub">
            <span className={`meeting-status meeting-status--${status}`}>
              {t(`meetings.status.${status}`)}
            </span>{' '}
            {t('meetings.facilitatorIs', { name: personName(members, facilitatorId) })}
          </p>
        </div>
      </div>
      <MeetingClock run={run} />
      <div className="meeting-bar__controls">
        {status === 'planned' && canWrite && (
          <button
            type="button"
            className="button button--primary meeting-bar__start"
            disabled={busy}
            onClick={() => void call(() => meetingApi.start(boardId, meeting.id))}
          >
            {t('meetings.start')}
          </button>
        )}
        {facilitating && (
          <>
            <button
              type="button"
              className="button meeting-bar__step"
              aria-label={t('meetings.previous')}
              onClick={() => control({ kind: 'advance', direction: 'previous' })}
            >
              ‹ <span className="meeting-bar__step-text">{t('meetings.previous')}</span>
            </button>
            <button
              type="button"
              className="button button--primary meeting-bar__step"
              data-testid="meeting-next"
              aria-label={t('meetings.next')}
              onClick={() => control({ kind: 'advance', direction: 'next' })}
            >
              <span className="meeting-bar__step-text">{t('meetings.next')}</span> ›
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={paused}
              onClick={() => control({ kind: 'pause', paused: !paused })}
            >
              {paused ? t('meetings.resume') : t('meetings.pause')}
            </button>
            {!bigscreen && others.length > 0 && (
              <span className="meeting-bar__handover">
                <select
                  aria-label={t('meetings.handoverTo')}
                  value={handTo}
                  onChange={(e) => setHandTo(e.target.value)}
                >
                  <option value="">{t('meetings.handoverTo')}</option>
                  {others.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button"
                  disabled={!handTo}
                  onClick={() => {
                    control({ kind: 'handover', userId: handTo });
                    setHandTo('');
                  }}
                >
                  {t('meetings.handover')}
                </button>
              </span>
            )}
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => setEnding(true)}
            >
              {t('meetings.end')}
            </button>
            {ending && (
              <EndMeetingDialog
                onClose={() => setEnding(false)}
                onEnd={() => {
                  setEnding(false);
                  void call(() => meetingApi.end(boardId, meeting.id));
                }}
              />
            )}
          </>
        )}
        {running && !facilitating && (
          <label className="meeting-bar__follow">
            <input
              type="checkbox"
              role="switch"
              data-testid="follow"
              checked={follow}
              onChange={(e) => run.setState((s) => setFollow(s, e.target.checked))}
            />
            {t('meetings.follow')}
          </label>
        )}
        {cadence === 'daily' && (
          <div className="meeting-bar__group" role="radiogroup" aria-label={t('meetings.groupBy')}>
            {AGENDA_GROUPINGS.map((g) => (
              <button
                key={g}
                type="button"
                role="radio"
                aria-checked={meeting.groupBy === g}
                disabled={!canWrite}
                onClick={() => actions.setGroupBy(meeting.id, g)}
              >
                {t(`meetings.groupBy.${g}`)}
              </button>
            ))}
          </div>
        )}
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setMode(bigscreen ? null : 'bigscreen')}
        >
          {bigscreen ? t('meetings.exitBigscreen') : t('meetings.bigscreen')}
        </button>
      </div>
      {(refusal || error !== null) && (
        <div className="meeting-bar__error" role="alert">
          {refusal ? t(`meetings.refused.${refusal}`) : <FormError error={error} />}
        </div>
      )}
    </header>
  );
}
