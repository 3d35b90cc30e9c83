/**
 * The fields of an action item, shared by the "add" form and a row's inline editor: what needs
 * doing, the owner (a member who may write), the due date, and whether it concerns the agenda
 * item's order card.
 */
import type { MemberDto } from '@orderlane/shared';
import { useT } from '../../i18n';

export interface ActionItemDraft {
  title: string;
  ownerId: string;
  dueDate: string;
  onCard: boolean;
}

interface Props {
  draft: ActionItemDraft;
  onChange(change: Partial<ActionItemDraft>): void;
  people: readonly MemberDto[];
  /** Show the "on this card" box; `cardLocked` keeps it from being ticked (nothing to link to). */
  showOnCard: boolean;
  cardLocked?: boolean;
  autoFocus?: boolean;
}

export function ActionItemFields({
  draft,
  onChange,
  people,
  showOnCard,
  cardLocked,
  autoFocus,
}: Props) {
  const t = useT();
  return (
    <>
      <input
        aria-label={t('meetings.actionTitle')}
        placeholder={t('meetings.actionTitle')}
        maxLength={200}
        value={draft.title}
        autoFocus={autoFocus}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <select
        aria-label={t('meetings.actionOwner')}
        value={draft.ownerId}
        onChange={(e) => onChange({ ownerId: e.target.value })}
      >
        <option value="">{t('meetings.actionOwner')}</option>
        {people.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <input
        type="date"
        aria-label={t('meetings.actionDue')}
        required
        value={draft.dueDate}
        onChange={(e) => onChange({ dueDate: e.target.value })}
      />
      {showOnCard && (
        <label className="action-items__oncard">
          <input
            type="checkbox"
            checked={draft.onCard}
            disabled={cardLocked === true && !draft.onCard}
            onChange={(e) => onChange({ onCard: e.target.checked })}
          />
          {t('meetings.actionOnCard')}
        </label>
      )}
    </>
  );
}
