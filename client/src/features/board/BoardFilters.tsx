/**
 * The grouping switch and the filters (owner, customer, at risk, overdue, blocked). Inline in the toolbar
 * on wide screens; `stacked` lays them out as labelled fields for the phone's filter sheet.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import { useSessionStore } from '../../store/sessionStore';
import { useBoardContext } from './BoardContext';
import { GROUPINGS, NO_OWNER, hasFilters } from './boardView';

export function BoardFilters({ stacked = false }: { stacked?: boolean }) {
  const t = useT();
  const { view, setView } = useBoardContext();
  const members = useSessionStore((s) => s.members);
  const cards = useBoard((s) => s.cards);
  const groupLabel = useId();
  const customers = useMemo(
    () =>
      [...new Set(Object.values(cards).map((c) => c.customer.trim()))]
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b)),
    [cards],
  );
  // On the sheet each select gets a visible label; inline, the "Any …" option says what it is.
  const labelled = (label: string, control: ReactNode) =>
    stacked ? (
      <label className="field">
        <span className="field__label">{label}</span>
        {control}
      </label>
    ) : (
      control
    );

  return (
    <>
      <div className={stacked ? 'field' : 'board-filters__group'}>
        <span id={groupLabel} className={stacked ? 'field__label' : 'segmented__label'}>
          {t('board.group')}
        </span>
        <div
          className={`segmented${stacked ? ' segmented--fill' : ''}`}
          role="radiogroup"
          aria-labelledby={groupLabel}
        >
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
      </div>
      {labelled(
        t('board.filter.owner'),
        <select
          aria-label={stacked ? undefined : t('board.filter.owner')}
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
        </select>,
      )}
      {labelled(
        t('board.filter.customer'),
        <select
          aria-label={stacked ? undefined : t('board.filter.customer')}
          value={view.customer ?? ''}
          onChange={(e) => setView({ customer: e.target.value || null })}
        >
          <option value="">{t('board.filter.anyCustomer')}</option>
          {customers.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>,
      )}
      <div className={stacked ? 'board-filters__toggles' : 'board-filters__inline'}>
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
        <label className="chip-toggle">
          <input
            type="checkbox"
            checked={view.blocked}
            onChange={(e) => setView({ blocked: e.target.checked })}
          />
          {t('board.filter.blocked')}
        </label>
        {hasFilters(view) && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setView({
                owner: null,
                customer: null,
                risk: false,
                overdue: false,
                blocked: false,
                q: '',
              })
            }
          >
            {t('board.filter.clear')}
          </button>
        )}
      </div>
    </>
  );
}
