/**
 * An agenda item's live notes or decision: a textarea bound to the item's Y.Text with the same
 * binding as a card's notes (two people typing keep both their words; IME-safe). Showing an item
 * writes nothing: a live suggestion is written into the document, and a text a peer left as a
 * plain string becomes a Y.Text, only when someone who may write starts typing.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readAgendaItemText } from '@orderlane/shared';
import { bindTextarea } from '../../ui/textBinding';
import { useMeetingContext } from './MeetingContext';

interface ItemTextProps {
  itemId: string;
  stored: boolean;
  field: 'notes' | 'decision';
  label: string;
  hint: string;
  rows: number;
}

/** The item's Y.Text once it has one, followed as the document changes (read only). */
function useItemText(doc: Y.Doc, itemId: string, field: ItemTextProps['field']) {
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => readAgendaItemText(doc, itemId, field));
}

export function ItemText({ itemId, stored, field, label, hint, rows }: ItemTextProps) {
  const { doc, actions, canWrite, materialize } = useMeetingContext();
  const area = useRef<HTMLTextAreaElement>(null);
  const text = useItemText(doc, itemId, field);
  useEffect(() => {
    if (!stored || !text || !area.current) return;
    return bindTextarea(text, area.current, actions.origin);
  }, [text, stored, actions.origin]);
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
          if (!canWrite) return;
          if (!stored) materialize();
          else if (!text) actions.textForEditing(itemId, field);
        }}
      />
    </label>
  );
}
