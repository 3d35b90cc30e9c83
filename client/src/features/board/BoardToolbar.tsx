/** Grouping switch and filters (owner, customer, risk, overdue, text); all kept in the URL. */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import { useSessionStore } from '../../store/sessionStore';
import { useBoardContext } from './BoardContext';
import { GROUPINGS, NO_OWNER, hasFilters } from './boardView';

export function BoardToolbar() {
  const t = useT();
  const { view, setView, actions } = useBoardContext();
  const members = useSessionStore((s) => s.members);
  const cards = useBoard((s) => s.cards);
  const customers = useMemo(
    () =>
      [...new Set(Object.values(cards).map((c) => c.customer.trim()))]
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b)),
    [cards],
  );
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('board.filter.label')}>
      <div className="segmented" role="radiogroup" aria-label={t('board.group')}>
        <span className="segmented__label">{t('board.group')}</span>
        {GROUPINGS.map((group) => (
          <button
            key={group}
            type="button"
            role="radio"
            aria-checked={view.group === group}
            className={`segmented__option${view.group === group ? ' segmented__option--on' : ''}`}
            onClick={() => setView({ group })}
          >
            {t(`board.group.${group}`)}
          </button>
        ))}
      </div>
      <input
        type="search"
        className="board-toolbar__search"
        placeholder={t('board.filter.search')}
        aria-label={t('board.filter.search')}
        value={view.q}
        onChange={(e) => setView({ q: e.target.value })}
      />
      <select
        aria-label={t('board.filter.owner')}
        value={view.owner ?? ''}
        onChange={(e) => setView({ owner: e.target.value || null })}
      >
        <option value="">{t('board.filter.anyOwner')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={NO_OWNER}>{t('board.noOwner')}</option>
      </select>
      <select
        aria-label={t('board.filter.customer')}
        value={view.customer ?? ''}
        onChange={(e) => setView({ customer: e.target.value || null })}
      >
        <option value="">{t('board.filter.anyCustomer')}</option>
        {customers.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <label className="chip-toggle">
        <input
          type="checkbox"
          checked={view.risk}
          onChange={(e) => setView({ risk: e.target.checked })}
        />
        {t('board.filter.risk')}
      </label>
      <label className="chip-toggle">
        <input
          type="checkbox"
          checked={view.overdue}
          onChange={(e) => setView({ overdue: e.target.checked })}
        />
        {t('board.filter.overdue')}
      </label>
      {hasFilters(view) && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            setView({ owner: null, customer: null, risk: false, overdue: false, q: '' })
          }
        >
          {t('board.filter.clear')}
        </button>
      )}
      <span className="board-toolbar__spacer" />
      <button
        type="button"
        className="icon-button"
        title={t('board.undo')}
        aria-label={t('board.undo')}
        onClick={actions.undo}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        title={t('board.redo')}
        aria-label={t('board.redo')}
        onClick={actions.redo}
      >
        ↷
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setView({ standup: true, card: null })}
      >
        {t('board.standup')}
      </button>
    </div>
  );
}
