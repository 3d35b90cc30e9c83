/**
 * A board of kind `meeting`: the series overview, or one meeting of it (`?m=<meetingId>`), in
 * the normal layout, on a big shared screen (`&mode=bigscreen`) or as printable minutes
 * (`&print=1`). The series' document comes from the board page's connection.
 */
import { useQueryParam } from '../../router/useQueryState';
import type { BoardConnection } from '../../sync/boardConnection';
import { MeetingPage } from './MeetingPage';
import { SeriesOverview } from './SeriesOverview';
import { useSeriesSnapshot } from './useMeetingData';
import './meetings.css';

export function MeetingSeriesPage({ connection }: { connection: BoardConnection }) {
  const series = useSeriesSnapshot(connection.doc, connection.boardId);
  const [meetingId] = useQueryParam('m');
  if (meetingId)
    return (
      <MeetingPage key={meetingId} connection={connection} series={series} meetingId={meetingId} />
    );
  return <SeriesOverview connection={connection} series={series} />;
}
