/** Names a new order board; the server creates it with the stages and departments ready. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BoardDto } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { useLocaleStore, useT } from '../../i18n';
import { FormError } from '../auth/FormError';

interface NewBoardDialogProps {
  onClose(): void;
  onCreated(board: BoardDto): void;
}

export function NewBoardDialog({ onClose, onCreated }: NewBoardDialogProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.createBoard({ title: title.trim(), kind: 'orders', locale }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="new-board-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit}>
        <h2 id="new-board-title">{t('boards.newTitle')}</h2>
        <p className="dialog__lead">{t('boards.newLead')}</p>
        <label className="field">
          <span className="field__label">{t('boards.titleLabel')}</span>
          <input
            name="title"
            required
            maxLength={120}
            autoFocus
            placeholder={t('boards.titlePlaceholder')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        {error !== null && <FormError error={error} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
            {busy ? t('boards.creating') : t('boards.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
