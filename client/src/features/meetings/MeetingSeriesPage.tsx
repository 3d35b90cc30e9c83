/**
 * A board of kind `meeting`: the series overview, or one meeting of it (`?m=<meetingId>`), in
 * the normal layout, on a big shared screen (`&mode=bigscreen`) or as printable minutes
 * (`&print=1`). The series' document comes from the board page's session.
 */
import { useQueryParam } from '../../router/useQueryState';
import type { BoardSession } from '../../sync/boardSession';
import { MeetingPage } from './MeetingPage';
import { SeriesOverview } from './SeriesOverview';
import { useSeriesSnapshot } from './useMeetingData';
import './meetings.css';

export function MeetingSeriesPage({ session }: { session: BoardSession }) {
  const series = useSeriesSnapshot(session.doc, session.boardId);
  const [meetingId] = useQueryParam('m');
  if (meetingId)
    return <MeetingPage key={meetingId} session={session} series={series} meetingId={meetingId} />;
  return <SeriesOverview connection={session.connection} series={series} />;
}
