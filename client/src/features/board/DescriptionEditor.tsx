/**
 * The card's notes as live collaborative text, bound to the card's Y.Text. The textarea shows
 * mentions as names (`@Zhou Jie`, `@物流`) while the Y.Text keeps the stored tokens, so nobody
 * has to read `@{user:…}`; a name is edited as a whole (see `mentionDisplay`).
 */
import { useCallback, useEffect, useRef } from 'react';
import { cardDescription, type CardId } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useBoardContext } from './BoardContext';
import { mentionDisplay } from '../../ui/mentionDisplay';
import { bindTextarea, type TextBinding } from '../../ui/textBinding';
import { MentionPopup } from '../activity/MentionPopup';
import { useMentionLookup } from '../activity/MentionText';
import { useMentionInput } from '../activity/useMentionInput';

export function DescriptionEditor({ cardId }: { cardId: CardId }) {
  const t = useT();
  const { actions, canWrite } = useBoardContext();
  const area = useRef<HTMLTextAreaElement>(null);
  const binding = useRef<TextBinding | null>(null);
  // `@` offers people and departments; the server attributes the mention to this connection.
  // The `@` of a name already shown is part of that mention, not the start of a new one.
  const isMentionAt = useCallback(
    (offset: number) => !!binding.current?.shown().spans.some((s) => s.display === offset),
    [],
  );
  const mention = useMentionInput(area, { isMentionAt });
  const lookup = useMentionLookup();
  // Read through a ref so the binding keeps running when names load or the language changes.
  const lookupRef = useRef(lookup);
  useEffect(() => {
    const text = cardDescription(actions.doc, cardId);
    if (!text || !area.current) return;
    const bound = bindTextarea(text, area.current, actions.origin, (stored) =>
      mentionDisplay(stored, lookupRef.current),
    );
    binding.current = bound;
    return () => {
      bound();
      binding.current = null;
    };
  }, [actions, cardId]);
  useEffect(() => {
    lookupRef.current = lookup;
    binding.current?.refresh();
  }, [lookup]);
  return (
    <label className="field field--wide">
      <span className="field__label">{t('board.field.description')}</span>
      <span className="mention-field">
        <textarea
          ref={area}
          className="description-editor"
          data-testid="description"
          rows={6}
          readOnly={!canWrite}
          placeholder={t('board.field.descriptionHint')}
          {...(canWrite ? mention.inputProps : {})}
          onChange={canWrite ? mention.refresh : undefined}
          onSelect={canWrite ? mention.refresh : undefined}
          onKeyDown={(e) => mention.onKeyDown(e)}
          onBlur={mention.close}
        />
        <MentionPopup mention={mention} />
      </span>
    </label>
  );
}
