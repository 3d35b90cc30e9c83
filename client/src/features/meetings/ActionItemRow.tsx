/**
 * One action item in the meeting: tick it done, or edit it inline (title, owner, due date, and
 * whether it is linked to the agenda item's order card). Saved through the API, which writes the
 * series document (so every screen sees the change live) and tells a new owner. Keyboard: Enter
 * saves, Escape cancels and puts focus back on the Edit button.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ActionItem, ActionItemPatchBody, MemberDto } from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActionItemFields, type ActionItemDraft } from './ActionItemFields';
import { meetingApi } from './meetingApi';
import { useMeetingContext } from './MeetingContext';
import { personName } from './meetingLabels';

export interface CardLink {
  boardId: string;
  cardId: string;
}

interface Props {
  item: ActionItem;
  /** The card the item can be linked to from here (the agenda item's card), if any. */
  linkTarget: CardLink | null;
  /** Members who may own an action item (not viewers). */
  people: readonly MemberDto[];
  onError(error: unknown): void;
}

export function ActionItemRow({ item, linkTarget, people, onError }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const { boardId, meeting, canWrite } = useMeetingContext();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const save = (body: ActionItemPatchBody) =>
    meetingApi.updateActionItem(boardId, meeting.id, item.id, body);

  const stopEditing = () => {
    setEditing(false);
    // After React has put the Edit button back.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li className={`action-item${item.done ? ' action-item--done' : ''}`}>
      <input
        type="checkbox"
        aria-label={t('meetings.actionDone', { title: item.title })}
        checked={item.done}
        disabled={!canWrite}
        onChange={(e) => void save({ done: e.target.checked }).catch(onError)}
      />
      {editing ? (
        <ActionItemEditForm
          item={item}
          linkTarget={linkTarget}
          people={people}
          onSave={async (body) => {
            if (body) await save(body);
            stopEditing();
          }}
          onCancel={stopEditing}
          onError={onError}
        />
      ) : (
        <>
          <span className="action-item__title">{item.title}</span>
          <span className="action-item__meta">
            {personName(members, item.ownerId)}
            {item.dueDate ? ` · ${formatDate(locale, item.dueDate)}` : ''}
          </span>
          {canWrite && (
            <button
              ref={editButton}
              type="button"
              className="link-button action-item__edit"
              aria-label={t('meetings.actionEditLabel', { title: item.title })}
              onClick={() => setEditing(true)}
            >
              {t('meetings.actionEdit')}
            </button>
          )}
        </>
      )}
    </li>
  );
}

interface FormProps extends Omit<Props, 'onError'> {
  /** Called with only the fields that changed (null when nothing did). */
  onSave(body: ActionItemPatchBody | null): Promise<void>;
  onCancel(): void;
  onError(error: unknown): void;
}

function ActionItemEditForm({ item, linkTarget, people, onSave, onCancel, onError }: FormProps) {
  const t = useT();
  const linked = item.boardId !== null && item.cardId !== null;
  const [draft, setDraft] = useState<ActionItemDraft>({
    title: item.title,
    ownerId: item.ownerId ?? '',
    dueDate: item.dueDate ?? '',
    onCard: linked,
  });
  const { title, ownerId, dueDate, onCard } = draft;
  const [busy, setBusy] = useState(false);
  // The card checkbox links to the agenda item's card, or can only unlink a card set elsewhere.
  const canLink = linked || linkTarget !== null;

  const changes = (): ActionItemPatchBody | null => {
    const body: ActionItemPatchBody = {};
    if (title.trim() !== item.title) body.title = title.trim();
    if (ownerId && ownerId !== item.ownerId) body.ownerId = ownerId;
    if (dueDate && dueDate !== item.dueDate) body.dueDate = dueDate;
    if (onCard !== linked) {
      body.boardId = onCard && linkTarget ? linkTarget.boardId : null;
      body.cardId = onCard && linkTarget ? linkTarget.cardId : null;
    }
    return Object.keys(body).length > 0 ? body : null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    try {
      onError(null);
      await onSave(changes());
    } catch (failure) {
      onError(failure);
      setBusy(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Only this form closes, not a dialog or the meeting's own Escape handling around it.
    e.stopPropagation();
    onCancel();
  };

  return (
    <form
      className="action-items__form action-item__editor"
      aria-label={t('meetings.actionEditing')}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <ActionItemFields
        draft={draft}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        people={people}
        showOnCard={canLink}
        cardLocked={linkTarget === null}
        autoFocus
      />
      <button type="submit" className="button" disabled={busy || !title.trim()}>
        {t('meetings.actionSave')}
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
