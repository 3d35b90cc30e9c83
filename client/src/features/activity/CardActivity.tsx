/**
 * The card panel's activity: one timeline of comments and recorded changes (oldest first, the
 * newest at the bottom next to the comment box), live for everyone viewing the card, and the
 * follow toggle.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { useLocationStore } from '../../store/locationStore';
import { matchRoute } from '../../router/routes';
import { useActivityStore } from '../../store/activityStore';
import { useSessionStore } from '../../store/sessionStore';
import { joinBoardActivity } from '../../sync/activitySocket';
import { activityApi } from '../../api/activityApi';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { TimelineChange } from './TimelineChange';

export function CardActivity({ cardId, canWrite }: { cardId: string; canWrite: boolean }) {
  const t = useT();
  const path = useLocationStore((s) => s.path);
  const route = matchRoute(path);
  const boardId = route.name === 'board' ? route.boardId : null;
  const me = useSessionStore((s) => s.me?.user.id);
  const items = useActivityStore((s) => s.items);
  const following = useActivityStore((s) => s.following);
  const status = useActivityStore((s) => s.status);
  const end = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!boardId) return;
    const leave = joinBoardActivity(boardId);
    void useActivityStore.getState().open(boardId, cardId);
    return () => {
      leave();
      useActivityStore.getState().close(cardId);
    };
  }, [boardId, cardId]);

  const count = items.length;
  useEffect(() => {
    // A new comment or change shows itself, as in a chat; the panel's own scroll follows.
    if (count > 0) end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  if (!boardId) return null;
  const apply = useActivityStore.getState().applyComment;

  return (
    <section className="card-activity" aria-labelledby="card-activity-title">
      <header className="card-activity__header">
        <h3 id="card-activity-title" className="card-activity__title">
          {t('activity.title')}
        </h3>
        <button
          type="button"
          className="button button--ghost card-activity__follow"
          aria-pressed={following}
          disabled={status !== 'ready'}
          onClick={() => void useActivityStore.getState().setFollowing(!following)}
        >
          {following ? t('activity.following') : t('activity.follow')}
        </button>
      </header>
      {status === 'loading' && <p className="card-activity__status">{t('activity.loading')}</p>}
      {status === 'failed' && (
        <p className="card-activity__status" role="alert">
          {t('activity.failed')}
        </p>
      )}
      {status === 'ready' && count === 0 && (
        <p className="card-activity__status">{t('activity.empty')}</p>
      )}
      <ol className="timeline" data-testid="timeline">
        {items.map((item) =>
          item.kind === 'comment' ? (
            <CommentItem
              key={`c-${item.comment.id}`}
              comment={item.comment}
              mine={item.comment.authorId === me}
              onEdit={async (body) =>
                apply(await activityApi.editComment(boardId, cardId, item.comment.id, body))
              }
              onDelete={async () =>
                apply(await activityApi.deleteComment(boardId, cardId, item.comment.id))
              }
            />
          ) : (
            <TimelineChange key={`h-${item.change.id}`} change={item.change} />
          ),
        )}
        <li ref={end} className="timeline__end" aria-hidden="true" />
      </ol>
      {canWrite ? (
        <CommentComposer
          submitLabel={t('activity.comment.send')}
          onSubmit={async (body) => apply(await activityApi.postComment(boardId, cardId, body))}
        />
      ) : (
        <p className="card-activity__status">{t('activity.readOnly')}</p>
      )}
    </section>
  );
}
