/**
 * One board in the list: its title, what kind it is and when it was started; a meeting series
 * also says where today's meeting is (not started, running with its facilitator, ended), and
 * leads into that meeting once it exists.
 */
import type { BoardDto } from '@orderlane/shared';
import { intlLocale, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useSessionStore } from '../../store/sessionStore';
import { personName } from '../meetings/meetingLabels';
import { meetingPath } from '../meetings/SeriesOverview';
import { useTodaysMeeting } from './useTodaysMeeting';
import '../meetings/meetings.css';

interface BoardTileProps {
  board: BoardDto;
  /** Present when this person may archive the board. */
  onArchive?: () => void;
}

export function BoardTile({ board, onArchive }: BoardTileProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const series = board.kind === 'meeting';
  const today = useTodaysMeeting(board.id, series);
  const status = today?.status ?? 'planned';
  const created = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(
    new Date(board.createdAt),
  );
  const kind =
    board.kind === 'meeting' && board.cadence
      ? t(`boards.kind.meeting.${board.cadence}`)
      : t(`boards.kind.${board.kind}`);
  return (
    <li className="board-tile__item">
      <Link
        className={`board-tile board-tile--${board.kind}`}
        href={
          today && status !== 'planned' ? meetingPath(board.id, today.id) : paths.board(board.id)
        }
      >
        <span className="board-tile__kind">{kind}</span>
        <span className="board-tile__title">{board.title}</span>
        {series && (
          <span
            className={`board-tile__meeting meeting-status meeting-status--${status}`}
            data-testid="series-state"
            data-status={status}
          >
            {status === 'running'
              ? t('boards.meeting.running', { name: personName(members, today?.facilitatorId) })
              : t(status === 'ended' ? 'boards.meeting.ended' : 'boards.meeting.notStarted')}
          </span>
        )}
        <span className="board-tile__meta">{t('boards.created', { date: created })}</span>
      </Link>
      {onArchive && (
        <button
          type="button"
          className="board-tile__archive"
          aria-label={t('boards.archive', { title: board.title })}
          title={t('boards.archiveShort')}
          onClick={onArchive}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M2 3.5h12v3H2zM3 6.5v6.5h10V6.5M6.5 9h3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          </svg>
        </button>
      )}
    </li>
  );
}
