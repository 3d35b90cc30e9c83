/**
 * The item on screen: the order card as it is NOW on its board (stage, lane, owner, due date,
 * risks), why it is on the agenda, its time-box, live notes, the decision and its action items.
 */
import {
  dueState,
  isClosedStage,
  isoDay,
  type AgendaEntry,
  type AgendaView,
} from '@orderlane/shared';
import { formatDate, formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { paths } from '../../router/routes';
import { Link } from '../../router/Link';
import { shownItemId, shownSectionKey, useMeetingRun } from '../../store/meetingStore';
import { useSessionStore } from '../../store/sessionStore';
import { ActionItems } from './ActionItems';
import { itemTitle } from './AgendaList';
import { formatDuration } from './clockDisplay';
import { durationText } from './durationText';
import { FiguresBlock } from './FiguresBlock';
import { ItemText } from './ItemText';
import { useMeetingContext } from './MeetingContext';
import { laneName, personName, stageName } from './meetingLabels';

const TIMEBOXES = [30, 60, 90, 120, 180, 300, 600, 900];

/** The first item of the walked section when the facilitator shows a lane, else none. */
function pickEntry(agenda: AgendaView, itemId: string | null, sectionKey: string | null) {
  const byId = itemId ? agenda.items.find((i) => i.id === itemId) : undefined;
  if (byId) return byId;
  return sectionKey ? agenda.items.find((i) => i.sectionKey === sectionKey) : undefined;
}

export function AgendaItemDetail() {
  const t = useT();
  const { agenda, run, userId, canWrite, actions } = useMeetingContext();
  const itemId = useMeetingRun(run, (s) => shownItemId(s, userId));
  const sectionKey = useMeetingRun(run, (s) => shownSectionKey(s, userId));
  const members = useSessionStore((s) => s.members);
  if (!agenda) return null;
  const entry = pickEntry(agenda, itemId, sectionKey);
  if (!entry) {
    return (
      <section className="item-detail item-detail--empty" data-testid="item-detail">
        <p className="muted">{t('meetings.pickItem')}</p>
        {agenda.caveats.length > 0 && (
          <p className="muted">{agenda.caveats.map((c) => t(`meetings.caveat.${c}`)).join(' ')}</p>
        )}
      </section>
    );
  }
  const setTimebox = (seconds: number) =>
    actions.edit(agenda, entry.id, { timeboxSeconds: seconds });
  return (
    <section
      className="item-detail"
      data-testid="item-detail"
      data-item-id={entry.id}
      aria-labelledby="item-detail-title"
    >
      <h2 id="item-detail-title" className="item-detail__title">
        {itemTitle(entry, t)}
      </h2>
      <div className="item-detail__reasons">
        {entry.reasons.map((r) => (
          <span key={r} className={`reason reason--${r}`}>
            {t(`meetings.reason.${r}`)}
          </span>
        ))}
        {entry.hours !== undefined && (
          <span className="reason">{durationText(entry.hours, t)}</span>
        )}
      </div>
      {entry.card && <CardFacts entry={entry} />}
      {entry.actionItem && (
        <p className="item-detail__action">
          {entry.actionItem.carriedCount > 0 && (
            <strong className="reason reason--carried">
              {t('meetings.carriedTimes', { count: entry.actionItem.carriedCount })}
            </strong>
          )}{' '}
          {t('meetings.actionOwnerDue', {
            owner: personName(members, entry.actionItem.ownerId),
            date: entry.actionItem.dueDate ?? '—',
          })}
        </p>
      )}
      {entry.kind === 'figure' && <FiguresBlock figures={agenda.figures} />}
      <div className="item-detail__row">
        <label className="field">
          <span className="field__label">{t('meetings.timebox')}</span>
          <select
            value={entry.timeboxSeconds}
            disabled={!canWrite}
            onChange={(e) => setTimebox(Number(e.target.value))}
          >
            {[...new Set([...TIMEBOXES, entry.timeboxSeconds])]
              .sort((a, b) => a - b)
              .map((s) => (
                <option key={s} value={s}>
                  {formatDuration(s * 1000)}
                </option>
              ))}
          </select>
        </label>
        <label className="item-detail__check">
          <input
            type="checkbox"
            checked={entry.discussed}
            disabled={!canWrite}
            onChange={(e) => actions.edit(agenda, entry.id, { discussed: e.target.checked })}
          />
          {t('meetings.discussed')}
        </label>
      </div>
      <ItemText
        key={`n-${entry.id}`}
        itemId={entry.id}
        stored={entry.stored}
        field="notes"
        label={t('meetings.notes')}
        hint={t('meetings.notesHint')}
        rows={4}
      />
      <ItemText
        key={`d-${entry.id}`}
        itemId={entry.id}
        stored={entry.stored}
        field="decision"
        label={t('meetings.decision')}
        hint={t('meetings.decisionHint')}
        rows={2}
      />
      <ActionItems entry={entry} />
    </section>
  );
}

function CardFacts({ entry }: { entry: AgendaEntry }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const card = entry.card!;
  if (!card.exists) return <p className="muted">{t('meetings.cardGone')}</p>;
  const due = dueState(card.dueDate, isoDay(new Date()), { done: isClosedStage(card.stage) });
  return (
    <dl className="card-facts" data-testid="card-facts">
      <div>
        <dt>{t('meetings.card.customer')}</dt>
        <dd>{card.customer || '—'}</dd>
      </div>
      <div>
        <dt>{t('meetings.card.stage')}</dt>
        <dd data-testid="card-stage">
          {stageName(card.stage, locale)}
          {card.laneTitle !== null ? ` · ${laneName(card.laneTitle, card.laneRole, locale)}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('meetings.card.owner')}</dt>
        <dd>{personName(members, card.ownerId)}</dd>
      </div>
      <div>
        <dt>{t('meetings.card.due')}</dt>
        <dd className={`card-facts__due card-facts__due--${due}`}>
          {card.dueDate ? formatDate(locale, card.dueDate) : '—'}
        </dd>
      </div>
      {card.risks.length > 0 && (
        <div>
          <dt>{t('meetings.card.risks')}</dt>
          <dd>
            {formatNumber(locale, card.risks.length)}:{' '}
            {card.risks.map((r) => t(`board.risk.${r.kind}`)).join(', ')}
          </dd>
        </div>
      )}
      <Link
        className="card-facts__open"
        href={`${paths.board(card.boardId)}?card=${encodeURIComponent(card.cardId)}`}
      >
        {t('meetings.card.open')}
      </Link>
    </dl>
  );
}
