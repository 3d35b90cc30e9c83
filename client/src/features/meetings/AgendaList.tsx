/**
 * The agenda, section by section (lane, person, late orders …): each item with why it is here,
 * its time-box and whether it was discussed. Up/down buttons reorder within a section (keyboard
 * reachable); the facilitator can jump to an item or walk a lane; anyone may add a topic.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { orderLabel, type AgendaEntry } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import {
  isFacilitator,
  pickItem,
  shownItemId,
  shownSectionKey,
  useMeetingRun,
} from '../../store/meetingStore';
import { useSessionStore } from '../../store/sessionStore';
import { FormError } from '../../ui/FormError';
import { formatDuration } from './clockDisplay';
import { meetingApi } from './meetingApi';
import { useMeetingContext } from './MeetingContext';
import { sectionTitle } from './meetingLabels';

/** What an item is called: the card as it is now, the action item, a figures block, a topic. */
export function itemTitle(
  item: AgendaEntry,
  t: (key: string, vars?: Record<string, string | number>) => string,
): string {
  if (item.card?.exists) {
    const { orderNo, customer, title } = item.card;
    return orderLabel({ orderNo, customer, title: title || t('meetings.untitled') });
  }
  if (item.kind === 'figure' && !item.title)
    return t(
      item.key === 'figure:month' ? 'meetings.figures.monthTitle' : 'meetings.figures.weekTitle',
    );
  return item.actionItem?.title || item.title || t('meetings.untitled');
}

export function AgendaList() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const members = useSessionStore((s) => s.members);
  const { agenda, run, userId, canWrite, control, actions, meeting, boardId } = useMeetingContext();
  const currentId = useMeetingRun(run, (s) => s.clock?.currentItemId ?? null);
  const shownId = useMeetingRun(run, (s) => shownItemId(s, userId));
  const walking = useMeetingRun(
    run,
    (s) => shownSectionKey(s, userId) ?? s.clock?.sectionKey ?? null,
  );
  const facilitating = useMeetingRun(
    run,
    (s) => isFacilitator(s, userId) && s.status === 'running',
  );
  const list = useRef<HTMLElement>(null);
  // Keep the item (or the lane the facilitator walks) on screen in a long agenda.
  useEffect(() => {
    const selector = shownId
      ? `[data-item-id="${CSS.escape(shownId)}"]`
      : walking
        ? `[data-section-key="${CSS.escape(walking)}"]`
        : null;
    if (selector) list.current?.querySelector(selector)?.scrollIntoView?.({ block: 'nearest' });
  }, [shownId, walking]);
  const [topic, setTopic] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (!agenda) return null;
  // The time-boxes of the items walked so far, up to and including the current one.
  const currentIndex = agenda.items.findIndex((i) => i.id === currentId);
  const soFarSeconds = agenda.items
    .slice(0, currentIndex + 1)
    .reduce((sum, i) => sum + i.timeboxSeconds, 0);
  const overflowCounts = new Map<string, number>();
  for (const o of agenda.overflow)
    for (const r of o.reasons) overflowCounts.set(r, (overflowCounts.get(r) ?? 0) + 1);

  const select = (id: string) => {
    if (facilitating) control({ kind: 'goto', itemId: id });
    else run.setState((s) => pickItem(s, id, userId));
  };
  const move = (item: AgendaEntry, target: { beforeId?: string; afterId?: string }) =>
    actions.reorder(agenda, item.id, target);
  const addTopic = async (e: FormEvent) => {
    e.preventDefault();
    if (!topic.trim()) return;
    setError(null);
    try {
      await meetingApi.addAgendaItem(boardId, meeting.id, { title: topic.trim() });
      setTopic('');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <nav ref={list} className="agenda" aria-label={t('meetings.agenda')} data-testid="agenda">
      <h2 className="agenda__heading">
        {t('meetings.agenda')}{' '}
        <span className="agenda__count">
          {t('meetings.agendaCount', {
            done: agenda.items.filter((i) => i.discussed).length,
            count: agenda.items.length,
          })}
        </span>
      </h2>
      <p className="agenda__totals" data-testid="agenda-totals">
        {t('meetings.agendaTotals', {
          planned: formatDuration(agenda.plannedSeconds * 1000),
          soFar: formatDuration(soFarSeconds * 1000),
        })}
      </p>
      {agenda.items.length === 0 && <p className="muted">{t('meetings.agendaEmpty')}</p>}
      {agenda.sections.map((section) => {
        const items = agenda.items.filter((i) => i.sectionKey === section.key);
        if (items.length === 0) return null;
        return (
          <section
            key={section.key}
            className={`agenda__section${walking === section.key ? ' agenda__section--walking' : ''}`}
            data-section-key={section.key}
          >
            <h3 className="agenda__section-title">
              <span>{sectionTitle(section, t, locale, members)}</span>
              {facilitating && (
                <button
                  type="button"
                  className="agenda__walk"
                  aria-pressed={walking === section.key}
                  onClick={() =>
                    control({
                      kind: 'lane',
                      sectionKey: walking === section.key ? null : section.key,
                    })
                  }
                >
                  {t('meetings.walkLane')}
                </button>
              )}
            </h3>
            <ol className="agenda__items">
              {items.map((item, index) => (
                <li
                  key={item.id}
                  className={`agenda-item${item.id === shownId ? ' agenda-item--shown' : ''}${
                    item.id === currentId ? ' agenda-item--current' : ''
                  }${item.discussed ? ' agenda-item--discussed' : ''}`}
                  data-item-id={item.id}
                  aria-current={item.id === currentId ? 'step' : undefined}
                >
                  <input
                    type="checkbox"
                    className="agenda-item__discussed"
                    aria-label={t('meetings.discussed')}
                    checked={item.discussed}
                    disabled={!canWrite}
                    onChange={(e) => actions.edit(agenda, item.id, { discussed: e.target.checked })}
                  />
                  <button
                    type="button"
                    className="agenda-item__open"
                    onClick={() => select(item.id)}
                  >
                    <span className="agenda-item__title">{itemTitle(item, t)}</span>
                    <span className="agenda-item__meta">
                      {item.reasons.map((r) => (
                        <span key={r} className={`reason reason--${r}`}>
                          {t(`meetings.reason.${r}`)}
                        </span>
                      ))}
                      {item.actionItem && item.actionItem.carriedCount > 0 && (
                        <span className="reason reason--carried">
                          {t('meetings.carriedTimes', { count: item.actionItem.carriedCount })}
                        </span>
                      )}
                      <span className="agenda-item__box">
                        {formatDuration(item.timeboxSeconds * 1000)}
                      </span>
                    </span>
                  </button>
                  {canWrite && (
                    <span className="agenda-item__order">
                      <button
                        type="button"
                        aria-label={t('meetings.moveUp', { title: itemTitle(item, t) })}
                        disabled={index === 0}
                        onClick={() => move(item, { beforeId: items[index - 1]!.id })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={t('meetings.moveDown', { title: itemTitle(item, t) })}
                        disabled={index === items.length - 1}
                        onClick={() => move(item, { afterId: items[index + 1]!.id })}
                      >
                        ↓
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      {agenda.overflow.length > 0 && (
        <details className="agenda__overflow" data-testid="agenda-overflow">
          <summary>{t('meetings.overflow', { count: agenda.overflow.length })}</summary>
          <p className="agenda-item__meta">
            {[...overflowCounts].map(([reason, count]) => (
              <span key={reason} className={`reason reason--${reason}`}>
                {t(`meetings.reason.${reason}`)} {count}
              </span>
            ))}
          </p>
        </details>
      )}
      {canWrite && (
        <form className="agenda__add" onSubmit={addTopic}>
          <input
            aria-label={t('meetings.addTopic')}
            placeholder={t('meetings.addTopicHint')}
            maxLength={200}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          />
          <button type="submit" className="button" disabled={!topic.trim()}>
            {t('meetings.addTopic')}
          </button>
          {error !== null && <FormError error={error} />}
        </form>
      )}
    </nav>
  );
}
