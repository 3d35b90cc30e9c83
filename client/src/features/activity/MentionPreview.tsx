/**
 * Beneath a plain textarea that holds mention tokens: the same text with names, so `@{user:…}`
 * never has to be read. Shown only when the text mentions someone.
 */
import { parseMentions } from '@orderlane/shared';
import { useT } from '../../i18n';
import { MentionText } from './MentionText';

export function MentionPreview({ text }: { text: string }) {
  const t = useT();
  if (parseMentions(text).length === 0) return null;
  return (
    <p className="mention-preview" data-testid="mention-preview">
      <span className="mention-preview__label">{t('activity.preview')}</span>
      <MentionText text={text} className="mention-preview__text" />
    </p>
  );
}
