/** Names a new order board; the server creates it with the stages and departments ready. */
import { useState } from 'react';
import type { BoardDto } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Dialog } from '../../ui/Dialog';
import { FormField } from '../../ui/FormField';
import { useSubmission } from '../../ui/useSubmission';

interface NewBoardDialogProps {
  onClose(): void;
  onCreated(board: BoardDto): void;
}

export function NewBoardDialog({ onClose, onCreated }: NewBoardDialogProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [title, setTitle] = useState('');
  const { error, busy, submit: send } = useSubmission();

  const submit = () => {
    if (!title.trim()) return;
    void send(async () =>
      onCreated(await api.createBoard({ title: title.trim(), kind: 'orders', locale })),
    );
  };

  return (
    <Dialog
      title={t('boards.newTitle')}
      lead={t('boards.newLead')}
      onClose={onClose}
      onSubmit={submit}
      submit={{
        label: busy ? t('boards.creating') : t('boards.create'),
        disabled: busy || !title.trim(),
      }}
      error={error}
    >
      <FormField
        label={t('boards.titleLabel')}
        name="title"
        required
        maxLength={120}
        autoFocus
        placeholder={t('boards.titlePlaceholder')}
        value={title}
        onValue={setTitle}
      />
    </Dialog>
  );
}
