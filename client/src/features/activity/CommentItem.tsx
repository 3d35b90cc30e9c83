/** One comment in the timeline: author, time, text; its author can edit or delete it. */
import { useState } from 'react';
import type { CommentDto } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Avatar } from '../../ui/Avatar';
import { CommentComposer } from './CommentComposer';
import { MentionText } from './MentionText';
import { formatFullTime, formatWhen } from './formatWhen';

interface CommentItemProps {
  comment: CommentDto;
  mine: boolean;
  onEdit(body: string): Promise<void>;
  onDelete(): Promise<void>;
}

export function CommentItem({ comment, mine, onEdit, onDelete }: CommentItemProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleted = comment.deletedAt !== null;
  return (
    <li className="timeline__item timeline__comment" data-comment-id={comment.id}>
      <Avatar userId={comment.authorId} name={comment.authorName} size={28} />
      <div className="timeline__bubble">
        <div className="timeline__meta">
          <strong className="timeline__who">{comment.authorName}</strong>
          <time
            className="timeline__when"
            dateTime={new Date(comment.createdAt).toISOString()}
            title={formatFullTime(locale, comment.createdAt)}
          >
            {formatWhen(locale, comment.createdAt)}
          </time>
          {comment.editedAt !== null && !deleted && (
            <span className="timeline__marker">{t('activity.comment.edited')}</span>
          )}
        </div>
        {deleted ? (
          <p className="timeline__deleted">{t('activity.comment.deleted')}</p>
        ) : editing ? (
          <CommentComposer
            initial={comment.body}
            autoFocus
            submitLabel={t('activity.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (body) => {
              await onEdit(body);
              setEditing(false);
            }}
          />
        ) : (
          <MentionText text={comment.body} className="timeline__text" />
        )}
        {mine && !deleted && !editing && !confirming && (
          <div className="timeline__actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('activity.comment.edit')}
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              {t('activity.comment.delete')}
            </button>
          </div>
        )}
        {mine && !deleted && confirming && (
          <div className="timeline__actions" role="group">
            <span>{t('activity.comment.confirmDelete')}</span>
            <button
              type="button"
              className="link-button link-button--danger"
              onClick={() => void onDelete().finally(() => setConfirming(false))}
            >
              {t('activity.comment.delete')}
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              {t('activity.cancel')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
