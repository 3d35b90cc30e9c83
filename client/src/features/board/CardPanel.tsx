/**
 * The detail panel of one card: every field of the order, the stage and department, the risks and
 * the shared notes. A side panel on desktop, a full-screen sheet on a phone.
 */
import { useEffect } from 'react';
import {
  CUSTOMER_TIERS,
  INCOTERMS,
  PRIORITIES,
  type CardFields,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { selectCard, useBoard } from '../../store/boardStore';
import { useSessionStore } from '../../store/sessionStore';
import { useBoardContext } from './BoardContext';
import { DescriptionEditor } from './DescriptionEditor';
import { BlockedEditor } from './BlockedEditor';
import { FieldInput, FieldSelect } from './FieldInput';
import { RiskEditor } from './RiskEditor';
import { CardActivity } from '../activity/CardActivity';
import { CardActionItems } from '../meetings/CardActionItems';
import { useToastStore } from '../../store/undoToastStore';
import { columnTitle, laneTitle } from '../../i18n/boardLabels';

export function CardPanel({ cardId }: { cardId: CardId }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { actions, awareness, setView, canWrite } = useBoardContext();
  const card = useBoard(selectCard(cardId));
  const columns = useBoard((s) => s.columns);
  const lanes = useBoard((s) => s.lanes);
  const members = useSessionStore((s) => s.members);
  const showToast = useToastStore((s) => s.show);
  const close = () => setView({ card: null });

  useEffect(() => {
    awareness.setLocalStateField('editing', cardId);
    return () => awareness.setLocalStateField('editing', null);
  }, [awareness, cardId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) setView({ card: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);

  const set = (patch: Partial<CardFields>) => actions.updateCard(cardId, patch);
  const none = { value: '', label: t('board.field.none') };
  const disabled = !canWrite;
  type TextKey =
    'orderNo' | 'customer' | 'product' | 'unit' | 'portOfLoading' | 'portOfDestination';
  const text = (key: TextKey, max: number) =>
    card ? (
      <FieldInput
        key={key}
        name={key}
        label={t(`board.field.${key}`)}
        value={card[key]}
        maxLength={max}
        disabled={disabled}
        onCommit={(value) => set({ [key]: value })}
      />
    ) : null;

  return (
    <aside
      className="card-panel"
      role="dialog"
      aria-modal="false"
      aria-label={t('board.panel.title')}
    >
      <header className="card-panel__header">
        <h2 className="card-panel__heading">{card?.orderNo || t('board.panel.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('board.panel.close')}
          onClick={close}
        >
          ×
        </button>
      </header>
      {!card ? (
        <p className="card-panel__gone">{t('board.panel.gone')}</p>
      ) : (
        <div className="card-panel__body">
          <FieldInput
            name="title"
            label={t('board.field.title')}
            value={card.title}
            maxLength={200}
            disabled={disabled}
            onCommit={(title) => set({ title })}
          />
          <div className="card-panel__grid">
            <FieldSelect
              name="columnId"
              label={t('board.field.stage')}
              value={card.columnId}
              disabled={disabled}
              options={columns.map((c) => ({ value: c.id, label: columnTitle(c, locale) }))}
              onChange={(columnId) =>
                actions.moveCard(cardId, { columnId: columnId as ColumnId, laneId: card.laneId })
              }
            />
            <FieldSelect
              name="laneId"
              label={t('board.field.lane')}
              value={card.laneId}
              disabled={disabled}
              options={lanes.map((l) => ({ value: l.id, label: laneTitle(l, locale) }))}
              onChange={(laneId) =>
                actions.moveCard(cardId, { columnId: card.columnId, laneId: laneId as LaneId })
              }
            />
            {text('orderNo', 64)}
            {text('customer', 120)}
            <FieldSelect
              name="customerTier"
              label={t('board.field.customerTier')}
              value={card.customerTier ?? ''}
              disabled={disabled}
              options={[
                none,
                ...CUSTOMER_TIERS.map((k) => ({ value: k, label: t(`board.tier.${k}`) })),
              ]}
              onChange={(v) => set({ customerTier: (v || null) as CardFields['customerTier'] })}
            />
            {text('product', 200)}
            <FieldInput
              name="quantity"
              type="number"
              label={t('board.field.quantity')}
              value={card.quantity === null ? '' : String(card.quantity)}
              disabled={disabled}
              onCommit={(v) => {
                const n = Number(v);
                set({ quantity: v.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n });
              }}
            />
            {text('unit', 20)}
            <FieldSelect
              name="incoterm"
              label={t('board.field.incoterm')}
              value={card.incoterm ?? ''}
              disabled={disabled}
              options={[none, ...INCOTERMS.map((k) => ({ value: k, label: k }))]}
              onChange={(v) => set({ incoterm: (v || null) as CardFields['incoterm'] })}
            />
            {text('portOfLoading', 80)}
            {text('portOfDestination', 80)}
            <FieldSelect
              name="ownerId"
              label={t('board.field.owner')}
              value={card.ownerId ?? ''}
              disabled={disabled}
              options={[none, ...members.map((m) => ({ value: m.id, label: m.name }))]}
              onChange={(v) => set({ ownerId: v || null })}
            />
            <FieldSelect
              name="priority"
              label={t('board.field.priority')}
              value={card.priority}
              disabled={disabled}
              options={PRIORITIES.map((p) => ({ value: p, label: t(`board.priority.${p}`) }))}
              onChange={(v) => set({ priority: v as CardFields['priority'] })}
            />
            <FieldInput
              name="dueDate"
              type="date"
              label={t('board.field.dueDate')}
              value={card.dueDate ?? ''}
              disabled={disabled}
              onCommit={(v) => set({ dueDate: v || null })}
            />
            <FieldInput
              name="eta"
              type="date"
              label={t('board.field.eta')}
              value={card.eta ?? ''}
              disabled={disabled}
              onCommit={(v) => set({ eta: v || null })}
            />
          </div>
          <BlockedEditor
            blocked={card.blocked}
            disabled={disabled}
            onChange={(blocked) => set({ blocked })}
          />
          <RiskEditor risks={card.risks} disabled={disabled} onChange={(risks) => set({ risks })} />
          <DescriptionEditor cardId={cardId} />
          <CardActionItems cardId={cardId} />
          <CardActivity cardId={cardId} canWrite={canWrite} />
          {canWrite && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                const restore = actions.deleteCard(cardId);
                close();
                showToast(t('board.panel.deleted'), restore);
              }}
            >
              {t('board.panel.delete')}
            </button>
          )}
        </div>
      )}
    </aside>
  );
}
