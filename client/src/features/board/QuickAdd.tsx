/** The "+" of a cell: an inline input; Enter adds a card at the end of the cell and stays open. */
import { useState } from 'react';
import { useT } from '../../i18n';

interface QuickAddProps {
  label: string;
  onAdd: (title: string) => void;
}

export function QuickAdd({ label, onAdd }: QuickAddProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  if (!open)
    return (
      <button
        type="button"
        className="quick-add__button"
        aria-label={label}
        title={label}
        onClick={() => setOpen(true)}
      >
        +
      </button>
    );
  return (
    <input
      className="quick-add__input"
      autoFocus
      aria-label={label}
      placeholder={t('board.cell.placeholder')}
      value={title}
      maxLength={200}
      onChange={(e) => setTitle(e.target.value)}
      onBlur={() => {
        if (!title.trim()) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setTitle('');
          setOpen(false);
        } else if (e.key === 'Enter' && !e.nativeEvent.isComposing && title.trim()) {
          onAdd(title.trim());
          setTitle('');
        }
      }}
    />
  );
}
