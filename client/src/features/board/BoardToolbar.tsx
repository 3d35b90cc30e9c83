/**
 * Search, grouping, filters (all kept in the URL), undo/redo and the standup screen. On a phone
 * the grouping and filters move into a sheet behind a "Filters" button that counts the active
 * ones, so search, undo/redo and standup stay in reach on one row.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useBoardContext } from './BoardContext';
import { BoardFilters } from './BoardFilters';
import { FilterSheet } from './FilterSheet';
import { activeFilterCount } from './filterCount';

/** Keep in step with the phone rules of styles/toolbar.css. */
const COMPACT_TOOLBAR = '(max-width: 900px)';

const HISTORY = [
  { key: 'undo', glyph: '↶' },
  { key: 'redo', glyph: '↷' },
] as const;

export function BoardToolbar() {
  const t = useT();
  const { view, setView, actions } = useBoardContext();
  const compact = useMediaQuery(COMPACT_TOOLBAR);
  const [sheetOpen, setSheetOpen] = useState(false);
  const active = activeFilterCount(view);

  return (
    <div
      className={`board-toolbar${compact ? ' board-toolbar--compact' : ''}`}
      role="toolbar"
      aria-label={t('board.filter.label')}
    >
      <div className="board-toolbar__view">
        <input
          type="search"
          className="board-toolbar__search"
          placeholder={t(compact ? 'board.filter.searchShort' : 'board.filter.search')}
          aria-label={t('board.filter.search')}
          value={view.q}
          onChange={(e) => setView({ q: e.target.value })}
        />
        {compact ? (
          <button
            type="button"
            className={`button filter-button${active ? ' filter-button--active' : ''}`}
            aria-haspopup="dialog"
            aria-expanded={sheetOpen}
            aria-label={
              active
                ? `${t('board.filter.label')} (${t('board.filter.active', { count: active })})`
                : t('board.filter.label')
            }
            onClick={() => setSheetOpen(true)}
          >
            <FilterIcon />
            <span>{t('board.filter.label')}</span>
            {active > 0 && (
              <span className="filter-button__count" aria-hidden="true">
                {active}
              </span>
            )}
          </button>
        ) : (
          <BoardFilters />
        )}
      </div>
      <div className="board-toolbar__actions">
        {HISTORY.map(({ key, glyph }) => (
          <button
            key={key}
            type="button"
            className="icon-button"
            title={t(`board.${key}`)}
            aria-label={t(`board.${key}`)}
            onClick={actions[key]}
          >
            {glyph}
          </button>
        ))}
        <button
          type="button"
          className={compact ? 'icon-button' : 'button'}
          title={compact ? t('board.standup') : undefined}
          aria-label={compact ? t('board.standup') : undefined}
          onClick={() => setView({ standup: true, card: null })}
        >
          {compact ? <ScreenIcon /> : t('board.standup')}
        </button>
      </div>
      {compact && sheetOpen && <FilterSheet onClose={() => setSheetOpen(false)} />}
    </div>
  );
}

function FilterIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 3.5h12M4.5 8h7M7 12.5h2" stroke="currentColor" strokeWidth="1.8" fill="none" />
    </svg>
  );
}

/** A presentation screen on a stand: the standup screen for the meeting room. */
function ScreenIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect
        x="2"
        y="2.5"
        width="14"
        height="9.5"
        rx="1"
        stroke="currentColor"
        strokeWidth="1.6"
        fill="none"
      />
      <path d="M9 12v3M5.5 15.5h7" stroke="currentColor" strokeWidth="1.6" fill="none" />
    </svg>
  );
}
