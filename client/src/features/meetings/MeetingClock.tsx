/**
 * The shared clock: meeting elapsed and the current item's remaining time-box, read from the
 * server's clock state at server time, re-rendered four times a second (no ticking messages).
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useMeetingRun, type MeetingRunStore } from '../../store/meetingStore';
import { clockDisplay } from './clockDisplay';

export function MeetingClock({ run }: { run: MeetingRunStore }) {
  const t = useT();
  const clock = useMeetingRun(run, (s) => s.clock);
  const offsetMs = useMeetingRun(run, (s) => s.offsetMs);
  const [now, setNow] = useState(() => Date.now());
  const ticking = !!clock?.running;
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [ticking]);
  if (!clock || clock.startedAt === null) return null;
  const shown = clockDisplay(clock, now, offsetMs);
  return (
    <div className="meeting-clock" role="timer" aria-live="off" data-testid="meeting-clock">
      <div className={`meeting-clock__part meeting-clock__part--${shown.meetingTone}`}>
        <span className="meeting-clock__label">{t('meetings.clock.meeting')}</span>
        <span className="meeting-clock__value" data-testid="clock-meeting">
          {shown.meetingElapsed}
        </span>
      </div>
      {shown.itemRemaining !== null && (
        <div
          className={`meeting-clock__part meeting-clock__part--${shown.itemTone}`}
          data-tone={shown.itemTone}
        >
          <span className="meeting-clock__label">
            {shown.paused ? t('meetings.clock.paused') : t('meetings.clock.item')}
          </span>
          <span className="meeting-clock__value" data-testid="clock-item">
            {shown.itemRemaining}
          </span>
        </div>
      )}
    </div>
  );
}
