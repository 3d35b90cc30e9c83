/**
 * An agenda item's live notes or decision: a textarea bound to the item's Y.Text with the same
 * binding as a card's notes (two people typing keep both their words; IME-safe). A live
 * suggestion is written into the document when someone starts typing.
 */
import { useEffect, useRef } from 'react';
import { agendaItemDecision, agendaItemNotes } from '@orderlane/shared';
import { bindTextarea } from '../board/textBinding';
import { useMeetingContext } from './MeetingContext';

interface ItemTextProps {
  itemId: string;
  stored: boolean;
  field: 'notes' | 'decision';
  label: string;
  hint: string;
  rows: number;
}

const ORIGIN = { meetingText: true };

export function ItemText({ itemId, stored, field, label, hint, rows }: ItemTextProps) {
  const { doc, canWrite, materialize } = useMeetingContext();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!stored || !area.current) return;
    const text = field === 'notes' ? agendaItemNotes(doc, itemId) : agendaItemDecision(doc, itemId);
    if (!text) return;
    return bindTextarea(text, area.current, ORIGIN);
  }, [doc, itemId, stored, field]);
  return (
    <label className={`field field--wide item-text item-text--${field}`}>
      <span className="field__label">{label}</span>
      <textarea
        ref={area}
        data-testid={`item-${field}`}
        rows={rows}
        readOnly={!canWrite || !stored}
        placeholder={hint}
        onFocus={() => {
          if (!stored && canWrite) materialize();
        }}
      />
    </label>
  );
}
