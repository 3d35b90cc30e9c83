/** The card's notes as live collaborative text, bound to the card's Y.Text. */
import { useEffect, useRef } from 'react';
import { cardDescription, type CardId } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useBoardContext } from './BoardContext';
import { bindTextarea } from './textBinding';
import { DescriptionPreview } from '../activity/DescriptionPreview';
import { MentionPopup } from '../activity/MentionPopup';
import { useMentionInput } from '../activity/useMentionInput';

export function DescriptionEditor({ cardId }: { cardId: CardId }) {
  const t = useT();
  const { actions, canWrite } = useBoardContext();
  const area = useRef<HTMLTextAreaElement>(null);
  // `@` offers people and departments; the server attributes the mention to this connection.
  const mention = useMentionInput(area);
  useEffect(() => {
    const text = cardDescription(actions.doc, cardId);
    if (!text || !area.current) return;
    return bindTextarea(text, area.current, actions.origin);
  }, [actions, cardId]);
  return (
    <>
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
      <DescriptionPreview doc={actions.doc} cardId={cardId} />
    </>
  );
}
