/**
 * Starts a meeting series: a daily standup, a weekly or a monthly review, and the order boards
 * its agendas are built from. The server writes the series' document (docs/meetings.md).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MEETING_CADENCES, type BoardDto, type MeetingCadence } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { useLocaleStore, useT } from '../../i18n';
import { FormError } from '../auth/FormError';

interface NewSeriesDialogProps {
  boards: readonly BoardDto[];
  onClose(): void;
  onCreated(board: BoardDto): void;
}

const TITLE_KEY: Record<MeetingCadence, string> = {
  daily: 'meetings.new.titleDaily',
  weekly: 'meetings.new.titleWeekly',
  monthly: 'meetings.new.titleMonthly',
};

export function NewSeriesDialog({ boards, onClose, onCreated }: NewSeriesDialogProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const orderBoards = boards.filter((b) => b.kind === 'orders' && !b.archived);
  const [cadence, setCadence] = useState<MeetingCadence>('daily');
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string[]>(() => orderBoards.map((b) => b.id));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await api.createBoard({
          title: title.trim() || t(TITLE_KEY[cadence]),
          kind: 'meeting',
          cadence,
          sourceBoardIds: picked,
          locale,
        }),
      );
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="new-series-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit}>
        <h2 id="new-series-title">{t('meetings.new')}</h2>
        <p className="dialog__lead">{t('meetings.new.lead')}</p>
        <fieldset className="field new-series__cadence">
          <legend className="field__label">{t('meetings.new.cadence')}</legend>
          {MEETING_CADENCES.map((c) => (
            <label key={c} className="new-series__option">
              <input
                type="radio"
                name="cadence"
                value={c}
                checked={cadence === c}
                onChange={() => setCadence(c)}
              />
              {t(`meetings.cadence.${c}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('boards.titleLabel')}</span>
          <input
            name="title"
            maxLength={120}
            placeholder={t(TITLE_KEY[cadence])}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <fieldset className="field new-series__boards">
          <legend className="field__label">{t('meetings.new.boards')}</legend>
          {orderBoards.length === 0 && <p className="muted">{t('meetings.series.noBoards')}</p>}
          {orderBoards.map((b) => (
            <label key={b.id} className="new-series__option">
              <input
                type="checkbox"
                checked={picked.includes(b.id)}
                onChange={(e) =>
                  setPicked((list) =>
                    e.target.checked ? [...list, b.id] : list.filter((id) => id !== b.id),
                  )
                }
              />
              {b.title}
            </label>
          ))}
        </fieldset>
        {error !== null && <FormError error={error} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('boards.creating') : t('boards.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
