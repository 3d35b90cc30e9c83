/**
 * The standup screen for a shared display: one lane (or one person, when grouped by owner) at a
 * time in large, high-contrast type; ←/→ or PageUp/PageDown step through, the exit button leaves.
 */
import { useEffect, useState } from 'react';
import { dueState, isoDay } from '@orderlane/shared';
import { formatNumber, useLocaleStore, useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import { useBoardContext } from './BoardContext';
import { CardFace } from './CardFace';
import { gridCell, type BoardGrid } from './boardGrid';
import { columnTitle } from './labels';

export function StandupView({ grid }: { grid: BoardGrid }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { view, setView, rowLabel } = useBoardContext();
  const columns = useBoard((s) => s.columns);
  const cards = useBoard((s) => s.cards);
  const [index, setIndex] = useState(0);
  const count = grid.rows.length;
  const at = Math.min(index, Math.max(0, count - 1));
  const row = grid.rows[at];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        setIndex((i) => Math.min(count - 1, i + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        setIndex((i) => Math.max(0, i - 1));
      } else if (e.key === 'Escape') setView({ standup: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, setView]);

  const today = isoDay(new Date());
  const stages = row
    ? columns
        .map((column) => ({ column, ids: gridCell(grid, column.id, row.key) }))
        .filter((s) => s.ids.length > 0)
    : [];
  const all = stages.flatMap((s) =>
    s.ids.map((id) => ({ card: cards[id]!, done: s.column.stage === 'done' })),
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
          onClick={() => setIndex(at - 1)}
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
          onClick={() => setIndex(at + 1)}
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
                setIndex(0);
                setView({ group });
              }}
            >
              {t(group === 'owner' ? 'board.standup.byPerson' : 'board.standup.byLane')}
            </button>
          ))}
        </div>
        <button type="button" className="standup__exit" onClick={() => setView({ standup: false })}>
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
                      done={column.stage === 'done'}
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
