/** One notification: who did what on which card, an excerpt, and when; unread ones stand out. */
import type { NotificationDto } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Avatar } from '../../ui/Avatar';
import { MentionText } from '../activity/MentionText';
import { formatFullTime, formatWhen } from '../activity/formatWhen';

interface NotificationItemProps {
  notification: NotificationDto;
  onOpen(notification: NotificationDto): void;
}

export function NotificationItem({ notification: n, onOpen }: NotificationItemProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const unread = n.readAt === null;
  const kind = n.kind === 'mention' ? `mention.${n.source}` : n.kind;
  return (
    <li className={`inbox__item${unread ? ' inbox__item--unread' : ''}`}>
      <button
        type="button"
        className="inbox__open"
        data-notification-id={n.id}
        onClick={() => onOpen(n)}
      >
        <Avatar userId={n.actorId ?? n.actorName} name={n.actorName} size={32} />
        <span className="inbox__body">
          <span className="inbox__headline">
            {t(`inbox.kind.${kind}`, { who: n.actorName, card: n.cardTitle || '…' })}
          </span>
          {n.excerpt && <MentionText text={n.excerpt} className="inbox__excerpt" />}
          <time
            className="inbox__when"
            dateTime={new Date(n.createdAt).toISOString()}
            title={formatFullTime(locale, n.createdAt)}
          >
            {formatWhen(locale, n.createdAt)}
          </time>
        </span>
        {unread && <span className="inbox__dot" aria-label={t('inbox.unread')} role="img" />}
      </button>
    </li>
  );
}
