/**
 * The action items decided on an agenda item: one owner, a due date, optionally the order card
 * the item is about (it then shows on that card). Created through the API so the owner is told.
 */
import { useState, type FormEvent } from 'react';
import { addDays, isoDay, type AgendaEntry } from '@orderlane/shared';
import { formatDate, useLocaleStore, useT } from '../../i18n';
import { useSessionStore } from '../../store/sessionStore';
import { FormError } from '../auth/FormError';
import { meetingApi } from './meetingApi';
import { useMeetingContext } from './MeetingContext';
import { personName } from './meetingLabels';

export function ActionItems({ entry }: { entry: AgendaEntry }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const { series, boardId, meeting, canWrite, userId } = useMeetingContext();
  const items = series.actionItems.filter(
    (a) => a.agendaItemId === entry.id || (entry.actionItem && a.id === entry.actionItem.id),
  );
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState(entry.card?.ownerId ?? userId ?? '');
  const [dueDate, setDueDate] = useState(() => addDays(isoDay(new Date()), 1));
  const [onCard, setOnCard] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const people = members.filter((m) => m.access !== 'viewer');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !ownerId) return;
    setBusy(true);
    setError(null);
    try {
      const card = entry.card?.exists && onCard ? entry.card : null;
      await meetingApi.createActionItem(boardId, meeting.id, {
        title: title.trim(),
        ownerId,
        dueDate,
        ...(entry.stored ? { agendaItemId: entry.id } : {}),
        ...(card ? { boardId: card.boardId, cardId: card.cardId } : {}),
      });
      setTitle('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, done: boolean) =>
    meetingApi.patchActionItem(boardId, id, { done }).catch(setError);

  return (
    <section className="action-items" aria-label={t('meetings.actionItems')}>
      <h3 className="action-items__title">{t('meetings.actionItems')}</h3>
      {items.length > 0 && (
        <ul className="action-items__list" data-testid="action-items">
          {items.map((a) => (
            <li key={a.id} className={`action-item${a.done ? ' action-item--done' : ''}`}>
              <input
                type="checkbox"
                aria-label={t('meetings.actionDone', { title: a.title })}
                checked={a.done}
                disabled={!canWrite}
                onChange={(e) => void toggle(a.id, e.target.checked)}
              />
              <span className="action-item__title">{a.title}</span>
              <span className="action-item__meta">
                {personName(members, a.ownerId)}
                {a.dueDate ? ` · ${formatDate(locale, a.dueDate)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="action-items__form" onSubmit={submit}>
          <input
            aria-label={t('meetings.actionTitle')}
            placeholder={t('meetings.actionTitle')}
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <select
            aria-label={t('meetings.actionOwner')}
            value={ownerId}
            onChange={(e) => setOwnerId(e.target.value)}
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
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
          {entry.card?.exists && (
            <label className="action-items__oncard">
              <input
                type="checkbox"
                checked={onCard}
                onChange={(e) => setOnCard(e.target.checked)}
              />
              {t('meetings.actionOnCard')}
            </label>
          )}
          <button type="submit" className="button" disabled={busy || !title.trim() || !ownerId}>
            {t('meetings.actionAdd')}
          </button>
          {error !== null && <FormError error={error} />}
        </form>
      )}
    </section>
  );
}
