/**
 * Starts a meeting series: a daily standup, a weekly or a monthly review, and the order boards
 * its agendas are built from. The server writes the series' document (docs/meetings.md).
 */
import { useState } from 'react';
import { MEETING_CADENCES, type BoardDto, type MeetingCadence } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Dialog } from '../../ui/Dialog';
import { FormField } from '../../ui/FormField';
import { useSubmission } from '../../ui/useSubmission';

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
  const orderBoards = boards.filter((b) => b.kind === 'orders' && !b.archived);
  const [cadence, setCadence] = useState<MeetingCadence>('daily');
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string[]>(() => orderBoards.map((b) => b.id));
  const { error, busy, submit: send } = useSubmission();

  const submit = () =>
    send(async () =>
      onCreated(
        await api.createBoard({
          title: title.trim() || t(TITLE_KEY[cadence]),
          kind: 'meeting',
          cadence,
          sourceBoardIds: picked,
          locale,
        }),
      ),
    );

  return (
    <Dialog
      title={t('meetings.new')}
      lead={t('meetings.new.lead')}
      onClose={onClose}
      onSubmit={submit}
      submit={{ label: busy ? t('boards.creating') : t('boards.create'), disabled: busy }}
      error={error}
    >
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
      <FormField
        label={t('boards.titleLabel')}
        name="title"
        maxLength={120}
        placeholder={t(TITLE_KEY[cadence])}
        value={title}
        onValue={setTitle}
      />
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
    </Dialog>
  );
}
