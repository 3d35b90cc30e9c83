/**
 * The bell in the top bar: the live unread count, and the inbox (a dropdown on a desktop, a full
 * screen on a phone). Opening a notification marks it read and opens its card on its board.
 */
import { useEffect } from 'react';
import type { NotificationDto } from '@orderlane/shared';
import { useT } from '../../i18n';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { useNotificationStore } from '../../store/notificationStore';
import { startActivitySocket } from '../../sync/activitySocket';
import { usePopover } from '../../ui/usePopover';
import { NotificationItem } from './NotificationItem';
import './inbox.css';

export function InboxButton() {
  const t = useT();
  const unread = useNotificationStore((s) => s.unread);
  const items = useNotificationStore((s) => s.items);
  const hasMore = useNotificationStore((s) => s.hasMore);
  const loadingMore = useNotificationStore((s) => s.loadingMore);
  const { open, setOpen, close, root } = usePopover();

  useEffect(() => startActivitySocket(), []);

  const openNotification = (n: NotificationDto) => {
    close();
    void useNotificationStore.getState().markRead([n.id]);
    navigate(`${paths.board(n.boardId)}?card=${encodeURIComponent(n.cardId)}`);
  };

  const label = unread > 0 ? t('inbox.buttonUnread', { count: unread }) : t('inbox.button');
  return (
    <div className="inbox" ref={root}>
      <button
        type="button"
        className="inbox__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => {
          if (!open) void useNotificationStore.getState().load();
          setOpen((o) => !o);
        }}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 19a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2Z"
            fill="currentColor"
          />
        </svg>
        {unread > 0 && (
          <span className="inbox__badge" data-testid="inbox-badge">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="inbox__panel" role="dialog" aria-label={t('inbox.title')}>
          <header className="inbox__header">
            <h2 className="inbox__title">{t('inbox.title')}</h2>
            <button
              type="button"
              className="link-button"
              disabled={unread === 0}
              onClick={() => void useNotificationStore.getState().markAllRead()}
            >
              {t('inbox.markAllRead')}
            </button>
            <button
              type="button"
              className="icon-button inbox__close"
              aria-label={t('inbox.close')}
              onClick={close}
            >
              ×
            </button>
          </header>
          {items.length === 0 ? (
            <p className="inbox__empty">{t('inbox.empty')}</p>
          ) : (
            <ul className="inbox__list">
              {items.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={openNotification} />
              ))}
              {hasMore && (
                <li className="inbox__more">
                  <button
                    type="button"
                    className="link-button"
                    data-testid="inbox-load-more"
                    disabled={loadingMore}
                    onClick={() => void useNotificationStore.getState().loadMore()}
                  >
                    {loadingMore ? t('inbox.loadingMore') : t('inbox.loadMore')}
                  </button>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
