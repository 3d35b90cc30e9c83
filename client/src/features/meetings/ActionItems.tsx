/**
 * The action items decided on an agenda item: one owner, a due date, optionally the order card
 * the item is about (it then shows on that card). Created and edited through the API so the
 * owner is told; each row edits inline (ActionItemRow).
 */
import { useState, type FormEvent } from 'react';
import { addDays, canBeAssigned, isoDay, type AgendaEntry } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useSessionStore } from '../../store/sessionStore';
import { FormError } from '../../ui/FormError';
import { ActionItemFields, type ActionItemDraft } from './ActionItemFields';
import { ActionItemRow } from './ActionItemRow';
import { meetingApi } from './meetingApi';
import { useMeetingContext } from './MeetingContext';

export function ActionItems({ entry }: { entry: AgendaEntry }) {
  const t = useT();
  const members = useSessionStore((s) => s.members);
  const { series, boardId, meeting, canWrite, userId } = useMeetingContext();
  const items = series.actionItems.filter(
    (a) => a.agendaItemId === entry.id || (entry.actionItem && a.id === entry.actionItem.id),
  );
  const [draft, setDraft] = useState<ActionItemDraft>(() => ({
    title: '',
    ownerId: entry.card?.ownerId ?? userId ?? '',
    dueDate: addDays(isoDay(new Date()), 1),
    onCard: true,
  }));
  const { title, ownerId, dueDate, onCard } = draft;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const people = members.filter((m) => canBeAssigned(m.access));
  const linkTarget = entry.card?.exists
    ? { boardId: entry.card.boardId, cardId: entry.card.cardId }
    : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !ownerId) return;
    setBusy(true);
    setError(null);
    try {
      const card = onCard ? linkTarget : null;
      await meetingApi.createActionItem(boardId, meeting.id, {
        title: title.trim(),
        ownerId,
        dueDate,
        ...(entry.stored ? { agendaItemId: entry.id } : {}),
        ...(card ? { boardId: card.boardId, cardId: card.cardId } : {}),
      });
      setDraft((d) => ({ ...d, title: '' }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="action-items" aria-label={t('meetings.actionItems')}>
      <h3 className="action-items__title">{t('meetings.actionItems')}</h3>
      {items.length > 0 && (
        <ul className="action-items__list" data-testid="action-items">
          {items.map((a) => (
            <ActionItemRow
              key={a.id}
              item={a}
              linkTarget={linkTarget}
              people={people}
              onError={setError}
            />
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="action-items__form" onSubmit={submit}>
          <ActionItemFields
            draft={draft}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
            people={people}
            showOnCard={linkTarget !== null}
          />
          <button type="submit" className="button" disabled={busy || !title.trim() || !ownerId}>
            {t('meetings.actionAdd')}
          </button>
          {error !== null && <FormError error={error} />}
        </form>
      )}
    </section>
  );
}
