/**
 * What a card shows: order number, customer, title, blocked badge, owner, due date, priority and
 * risk flags.
 */
import { memo } from 'react';
import { dueState, isoDay, type Card } from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useMember } from '../../store/sessionStore';
import { selectBusy, useBoardPresence } from '../../store/boardPresenceStore';
import { Avatar } from '../../ui/Avatar';

interface CardFaceProps {
  card: Card;
  done: boolean;
  /** Large type for the standup screen. */
  size?: 'normal' | 'large';
}

export const CardFace = memo(function CardFace({ card, done, size = 'normal' }: CardFaceProps) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const owner = useMember(card.ownerId);
  const busy = useBoardPresence(selectBusy(card.id));
  const due = dueState(card.dueDate, isoDay(new Date()), { done });
  const watcher = busy[0];
  let dueText = '';
  if (card.dueDate) {
    const date = formatDate(locale, card.dueDate);
    dueText =
      due === 'overdue'
        ? t('board.card.overdue', { date })
        : due === 'today'
          ? t('board.card.dueToday')
          : date;
  }
  return (
    <div
      className={`card-face card-face--${size}${watcher ? ' card-face--busy' : ''}`}
      data-priority={card.priority}
      style={watcher ? ({ '--peer-color': watcher.color } as React.CSSProperties) : undefined}
    >
      {watcher && (
        <span className="card-face__peer">
          {t(watcher.dragging === card.id ? 'board.card.dragging' : 'board.card.editing', {
            name: watcher.name,
          })}
        </span>
      )}
      <div className="card-face__top">
        {card.orderNo && <span className="card-face__order">{card.orderNo}</span>}
        {card.customer && <span className="card-face__customer">{card.customer}</span>}
        {card.priority !== 'normal' && (
          <span className={`card-face__priority card-face__priority--${card.priority}`}>
            {t(`board.priority.${card.priority}`)}
          </span>
        )}
      </div>
      <div className="card-face__title">{card.title || t('board.card.untitled')}</div>
      {card.blocked !== null && (
        // The reason rides in the tooltip on the board; the standup screen spells it out.
        <div className="card-face__blocked" title={card.blocked || t('board.card.blockedNoReason')}>
          <span className="card-face__blocked-badge">{t('board.card.blocked')}</span>
          {size === 'large' && card.blocked && (
            <span className="card-face__blocked-reason">{card.blocked}</span>
          )}
        </div>
      )}
      <div className="card-face__bottom">
        {card.risks.length > 0 && (
          <span
            className="card-face__risks"
            title={card.risks.map((r) => t(`board.risk.${r.kind}`)).join(', ')}
          >
            ⚑ {card.risks.map((r) => t(`board.risk.${r.kind}`)).join(' · ')}
          </span>
        )}
        {dueText && (
          <span className={`card-face__due card-face__due--${due}`}>
            <time dateTime={card.dueDate!}>{dueText}</time>
          </span>
        )}
        {card.ownerId && (
          <span className="card-face__owner">
            <Avatar
              userId={card.ownerId}
              name={owner?.name ?? '?'}
              size={size === 'large' ? 36 : 22}
              title={t('board.card.owner', { name: owner?.name ?? '?' })}
            />
          </span>
        )}
      </div>
    </div>
  );
});
