/** One board in the list: its title, what kind it is and when it was started. */
import type { BoardDto } from '@orderlane/shared';
import { intlLocale, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';

interface BoardTileProps {
  board: BoardDto;
  /** Present when this person may archive the board. */
  onArchive?: () => void;
}

export function BoardTile({ board, onArchive }: BoardTileProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const created = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(
    new Date(board.createdAt),
  );
  const kind =
    board.kind === 'meeting' && board.cadence
      ? t(`boards.kind.meeting.${board.cadence}`)
      : t(`boards.kind.${board.kind}`);
  return (
    <li className="board-tile__item">
      <Link className={`board-tile board-tile--${board.kind}`} href={paths.board(board.id)}>
        <span className="board-tile__kind">{kind}</span>
        <span className="board-tile__title">{board.title}</span>
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
