/**
 * A comment box with `@` mentions: Ctrl/Cmd+Enter sends. Used to write a new comment and to edit
 * one's own. The box shows mentions as names, highlighted as chips by a layer behind the text;
 * what is sent keeps the stored tokens.
 */
import { useRef, useState, type FormEvent } from 'react';
import { COMMENT_MAX_CHARS } from '@orderlane/shared';
import { useT } from '../../i18n';
import { ApiFailure } from '../../api/http';
import { MentionPopup } from './MentionPopup';
import { MentionBackdrop } from './MentionBackdrop';
import { useMentionDisplay } from './useMentionDisplay';
import { useMentionInput } from './useMentionInput';

interface CommentComposerProps {
  initial?: string;
  submitLabel: string;
  onSubmit(body: string): Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function CommentComposer(props: CommentComposerProps) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState(props.initial ?? '');
  const shown = useMentionDisplay(area, body, setBody);
  const mention = useMentionInput(area, { isMentionAt: shown.isMentionAt });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trimmed = body.trim();
  const tooLong = trimmed.length > COMMENT_MAX_CHARS;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || trimmed === '' || tooLong) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(trimmed);
      if (props.initial === undefined) setBody('');
    } catch (failure) {
      const code = failure instanceof ApiFailure ? failure.code : 'unexpected';
      setError(
        code === 'too_large'
          ? t('activity.comment.tooLong', { max: COMMENT_MAX_CHARS })
          : t(`error.${code}`),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-composer" onSubmit={submit}>
      <div className="mention-field">
        <MentionBackdrop view={shown.view} ref={backdrop} />
        <textarea
          ref={area}
          className="comment-composer__input"
          data-testid="comment-input"
          rows={props.initial === undefined ? 2 : 3}
          value={shown.view.display}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          placeholder={t('activity.comment.placeholder')}
          aria-label={t('activity.comment.label')}
          {...mention.inputProps}
          onChange={(e) => {
            shown.onDisplayChange(e.target.value, e.target.selectionEnd);
            mention.refresh();
          }}
          onSelect={mention.refresh}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            if (mention.onKeyDown(e)) return;
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            } else if (e.key === 'Escape' && props.onCancel) {
              e.stopPropagation();
              props.onCancel();
            }
          }}
          onBlur={() => mention.close()}
        />
        <MentionPopup mention={mention} above />
      </div>
      {tooLong && (
        <p className="comment-composer__error" role="alert">
          {t('activity.comment.tooLong', { max: COMMENT_MAX_CHARS })}
        </p>
      )}
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        <span className="comment-composer__hint">{t('activity.comment.hint')}</span>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('activity.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || trimmed === '' || tooLong || props.disabled}
        >
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
