/**
 * On an order card's panel: the action items meetings decided about this card (from every
 * meeting series of the workspace), open ones first. Hidden when there are none.
 */
import { useEffect, useState } from 'react';
import type { CardActionItemDto } from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useLocationStore } from '../../store/locationStore';
import { Link } from '../../router/Link';
import { matchRoute, paths } from '../../router/routes';
import { useSessionStore } from '../../store/sessionStore';
import { meetingApi } from './meetingApi';
import { personName } from './meetingLabels';
import './meetings.css';

export function CardActionItems({ cardId }: { cardId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const route = matchRoute(useLocationStore((s) => s.path));
  const boardId = route.name === 'board' ? route.boardId : null;
  const [items, setItems] = useState<CardActionItemDto[]>([]);
  useEffect(() => {
    if (!boardId) return;
    let live = true;
    meetingApi.cardActionItems(boardId, cardId).then(
      (dto) => live && setItems(dto.items),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [boardId, cardId]);
  if (items.length === 0) return null;
  return (
    <section className="card-action-items" data-testid="card-action-items">
      <h3 className="field__label">{t('meetings.cardActions')}</h3>
      <ul>
        {items.map((a) => (
          <li key={a.id} className={a.done ? 'card-action-items__done' : undefined}>
            {a.done ? '☑' : '☐'} <strong>{a.title}</strong> — {personName(members, a.ownerId)}
            {a.dueDate ? `, ${formatDate(locale, a.dueDate)}` : ''} ·{' '}
            <Link href={paths.board(a.meetingBoardId)}>{a.meetingBoardTitle}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
