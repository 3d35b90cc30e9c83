/**
 * Today's meeting of a series, for the board list: read from the series' meetings list when the
 * list is shown, again every half minute and whenever the page comes back into view. Null while
 * loading or when the series has no meeting today.
 */
import { useEffect, useState } from 'react';
import { isoDay, type MeetingDto } from '@orderlane/shared';
import { meetingApi } from '../meetings/meetingApi';

const REFRESH_MS = 30_000;

export function useTodaysMeeting(seriesId: string, enabled: boolean): MeetingDto | null {
  const [meeting, setMeeting] = useState<MeetingDto | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () =>
      meetingApi.list(seriesId).then(
        (list) => {
          if (live) setMeeting(list.meetings.find((m) => m.date === isoDay(new Date())) ?? null);
        },
        () => {},
      );
    const onVisible = () => document.visibilityState === 'visible' && void load();
    void load();
    const timer = setInterval(load, REFRESH_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [seriesId, enabled]);
  return meeting;
}
