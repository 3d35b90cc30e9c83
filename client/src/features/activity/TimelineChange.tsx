/** One recorded change of a card in the timeline, in words: who moved it where, and when. */
import type { CardHistoryEntryDto } from '@orderlane/shared';
import { formatDate, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useBoard } from '../../store/boardStore';
import { useSessionStore } from '../../store/sessionStore';
import { columnTitle, laneTitle } from '../../i18n/boardLabels';
import { formatFullTime, formatWhen } from './formatWhen';

export function TimelineChange({ change }: { change: CardHistoryEntryDto }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const columns = useBoard((s) => s.columns);
  const lanes = useBoard((s) => s.lanes);
  const members = useSessionStore((s) => s.members);

  const none = t('activity.change.none');
  const value = (raw: string | null): string => {
    if (raw === null) return none;
    switch (change.type) {
      case 'created':
      case 'stage':
      case 'deleted': {
        const column = columns.find((c) => c.id === raw);
        return column ? columnTitle(column, locale) : t('activity.change.removedStage');
      }
      case 'lane': {
        const lane = lanes.find((l) => l.id === raw);
        return lane ? laneTitle(lane, locale) : t('activity.change.removedLane');
      }
      case 'owner':
        return members.find((m) => m.id === raw)?.name ?? t('activity.change.formerMember');
      case 'dueDate':
      case 'decision':
        return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? formatDate(locale, raw) : raw;
      case 'priority':
        return t(`board.priority.${raw}`);
      case 'blocked':
      case 'unblocked':
        return raw;
      default:
        return t(`board.severity.${raw}`);
    }
  };
  const vars = {
    who: change.actorName ?? t('activity.change.system'),
    from: value(change.from),
    to: value(change.to),
    risk: change.subject ? t(`board.risk.${change.subject}`) : '',
  };
  let key: string = `activity.change.${change.type}`;
  if (change.type === 'owner' && change.to === null) key = 'activity.change.ownerCleared';
  else if (change.type === 'owner' && change.from === null) key = 'activity.change.ownerSet';
  else if (change.type === 'dueDate' && change.to === null) key = 'activity.change.dueCleared';
  else if (change.type === 'dueDate' && change.from === null) key = 'activity.change.dueSet';
  else if (change.type === 'blocked' && change.from !== null) key = 'activity.change.blockedReason';
  else if (change.type === 'blocked' && !change.to) key = 'activity.change.blockedNoReason';

  return (
    <li className="timeline__item timeline__change" data-change-type={change.type}>
      <span className="timeline__dot" aria-hidden="true" />
      <p className="timeline__change-text">
        {t(key, vars)}{' '}
        <time
          className="timeline__when"
          dateTime={new Date(change.at).toISOString()}
          title={formatFullTime(locale, change.at)}
        >
          {formatWhen(locale, change.at)}
        </time>
      </p>
    </li>
  );
}
