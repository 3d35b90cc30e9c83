/**
 * The standup screen for a shared display: one lane (or one person, when grouped by owner) at a
 * time in large, high-contrast type; ←/→ or PageUp/PageDown step through, the exit button leaves.
 * The row shown lives in the URL (`&lane=<row key>`), so a reload or a shared link opens it again.
 */
import { useCallback, useEffect } from 'react';
import { dueState, isClosedStage, isoDay } from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { replaceSearch } from '../../router/location';
import { useLocationStore } from '../../store/locationStore';
import { useBoard } from '../../store/boardStore';
import { useBoardContext } from './BoardContext';
import { CardFace } from './CardFace';
import { gridCell, type BoardGrid } from './boardGrid';
import { columnTitle } from '../../i18n/boardLabels';

/** The query parameter naming the lane (or person) on screen. */
const STANDUP_LANE_PARAM = 'lane';

/** Writes (or, with null, drops) the row on screen into the current URL. */
function writeLane(key: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (key === null) params.delete(STANDUP_LANE_PARAM);
  else params.set(STANDUP_LANE_PARAM, key);
  const search = params.toString();
  replaceSearch(search ? `?${search}` : '');
}

export function StandupView({ grid }: { grid: BoardGrid }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { view, setView, rowLabel } = useBoardContext();
  const columns = useBoard((s) => s.columns);
  const cards = useBoard((s) => s.cards);
  const wanted = useLocationStore((s) => new URLSearchParams(s.search).get(STANDUP_LANE_PARAM));
  const count = grid.rows.length;
  // A lane that is gone (or a link from another grouping) falls back to the first row.
  const found = grid.rows.findIndex((r) => r.key === wanted);
  const at = found >= 0 ? found : 0;
  const row = grid.rows[at];
  const rows = grid.rows;
  const goTo = useCallback(
    (i: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (next) writeLane(next.key);
    },
    [rows],
  );
  const exit = useCallback(() => {
    writeLane(null);
    setView({ standup: false });
  }, [setView]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        goTo(at + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        goTo(at - 1);
      } else if (e.key === 'Escape') exit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, goTo, exit]);

  const today = isoDay(new Date());
  const stages = row
    ? columns
        .map((column) => ({ column, ids: gridCell(grid, column.id, row.key) }))
        .filter((s) => s.ids.length > 0)
    : [];
  const all = stages.flatMap((s) =>
    s.ids.map((id) => ({ card: cards[id]!, done: isClosedStage(s.column.stage) })),
  );
  const overdue = all.filter(
    (c) => c.card && dueState(c.card.dueDate, today, c) === 'overdue',
  ).length;
  const dueToday = all.filter(
    (c) => c.card && dueState(c.card.dueDate, today, c) === 'today',
  ).length;
  const risky = all.filter((c) => c.card && c.card.risks.length > 0).length;

  return (
    <div className="standup" data-testid="standup">
      <header className="standup__header">
        <button
          type="button"
          className="standup__nav"
          aria-label={t('board.standup.previous')}
          disabled={at === 0}
          onClick={() => goTo(at - 1)}
        >
          ‹
        </button>
        <div className="standup__heading">
          <h1 className="standup__title">{row ? rowLabel(row) : t('board.standup.title')}</h1>
          <p className="standup__position">
            {t('board.standup.position', {
              index: formatNumber(locale, at + 1),
              count: formatNumber(locale, count),
            })}
          </p>
        </div>
        <button
          type="button"
          className="standup__nav"
          aria-label={t('board.standup.next')}
          disabled={at >= count - 1}
          onClick={() => goTo(at + 1)}
        >
          ›
        </button>
        <ul className="standup__stats">
          <li className="standup__stat standup__stat--overdue">
            {t('board.standup.overdue', { count: formatNumber(locale, overdue) })}
          </li>
          <li className="standup__stat standup__stat--today">
            {t('board.standup.today', { count: formatNumber(locale, dueToday) })}
          </li>
          <li className="standup__stat standup__stat--risk">
            {t('board.standup.risks', { count: formatNumber(locale, risky) })}
          </li>
        </ul>
        <div className="standup__modes" role="radiogroup" aria-label={t('board.group')}>
          {(['department', 'owner'] as const).map((group) => (
            <button
              key={group}
              type="button"
              role="radio"
              aria-checked={view.group === group}
              className="standup__mode"
              onClick={() => {
                writeLane(null);
                setView({ group });
              }}
            >
              {t(group === 'owner' ? 'board.standup.byPerson' : 'board.standup.byLane')}
            </button>
          ))}
        </div>
        <button type="button" className="standup__exit" onClick={exit}>
          {t('board.standup.exit')}
        </button>
      </header>
      {stages.length === 0 ? (
        <p className="standup__empty">{t('board.standup.empty')}</p>
      ) : (
        <div className="standup__stages">
          {stages.map(({ column, ids }) => (
            <section key={column.id} className="standup__stage" data-column-id={column.id}>
              <h2 className="standup__stage-title">
                {columnTitle(column, locale)} <span>{formatNumber(locale, ids.length)}</span>
              </h2>
              <div className="standup__cards">
                {ids.map((id) =>
                  cards[id] ? (
                    <CardFace
                      key={id}
                      card={cards[id]}
                      done={isClosedStage(column.stage)}
                      size="large"
                    />
                  ) : null,
                )}
              </div>
            </section>
          ))}
        </div>
      )}
      <p className="standup__hint">{t('board.standup.hint')}</p>
    </div>
  );
}
