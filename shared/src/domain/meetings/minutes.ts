/**
 * Minutes (会议记录): frozen plain data taken from the meeting series when the meeting ends
 * (sync/meetingMinutes.ts reads the document), then stored by the server and never recomputed,
 * so later edits of the document do not change what was decided. Also its Markdown export in
 * either language.
 */
import type { BoardMeta, MeetingCadence } from '../board';
import { carriedActionItems } from './carryOver';
import type { ActionItem, AgendaItem, AgendaItemKind, Meeting } from './meetingTypes';
import { MINUTES_LABELS } from './minutesLabels';
import { orderLabel } from '../orderLabel';

export interface MinutesPerson {
  id: string;
  name: string;
}

export interface MinutesItem {
  id: string;
  kind: AgendaItemKind;
  title: string;
  discussed: boolean;
  notes: string;
  decision: string;
  /** `customer` is missing in minutes frozen before it was kept. */
  card: {
    boardId: string;
    cardId: string;
    orderNo: string;
    customer?: string;
    title: string;
  } | null;
}

/** How the minutes name an item: a card by order number, customer and title. */
export function minutesItemLabel(item: Pick<MinutesItem, 'title' | 'card'>): string {
  return item.card ? orderLabel(item.card) || item.title : item.title;
}

export interface MinutesActionItem {
  id: string;
  title: string;
  owner: MinutesPerson | null;
  dueDate: string | null;
  done: boolean;
  card: { boardId: string; cardId: string } | null;
  /** 0 for an item decided in this meeting; how many meetings it came back to otherwise. */
  carriedCount: number;
}

export interface Minutes {
  seriesTitle: string;
  cadence: MeetingCadence | null;
  meetingId: string;
  date: string;
  startedAt: number | null;
  endedAt: number | null;
  facilitator: MinutesPerson | null;
  attendees: MinutesPerson[];
  /** Items discussed or carrying notes or a decision, in agenda order. */
  items: MinutesItem[];
  /** How many agenda items were not reached. */
  notReached: number;
  decisions: { itemId: string; itemTitle: string; text: string }[];
  /** Decided in this meeting. */
  actionItems: MinutesActionItem[];
  /** Older action items that came back, with their state at the end of the meeting. */
  carriedActionItems: MinutesActionItem[];
}

/** What the minutes are taken from: the series as plain data. */
export interface MinutesSource {
  meta: Pick<BoardMeta, 'title' | 'cadence'>;
  /**
   * The series' title from its board row, which the server always passes. Defaults to the
   * document's mirror of it (`meta.title`, pure tests only).
   */
  title?: string;
  /**
   * The series' meetings with their runs (status, times, facilitator, attendance from the
   * server's record, `withRuns`): those keys in the document are client-writable.
   */
  meetings: readonly Meeting[];
  /** The series' agenda items in (position, id) order; other meetings' are passed over. */
  agendaItems: readonly AgendaItem[];
  /** The series' action items. */
  actionItems: readonly ActionItem[];
}

export interface MinutesOptions {
  /**
   * The series' title from its board row, which the server always passes. Defaults to the
   * document's mirror of it (`meta.title`, pure tests only).
   */
  title?: string;
  /** Agenda order (item ids) at the end; items not in it follow by position. */
  order?: readonly string[];
  /** A card's number and title at the end, for items that reference one. */
  card?: (
    boardId: string,
    cardId: string,
  ) => { orderNo: string; customer?: string; title: string } | undefined;
}

export function minutesOf(
  source: MinutesSource,
  meetingId: string,
  members: readonly MinutesPerson[],
  options: MinutesOptions = {},
): Minutes | null {
  const { meta, meetings } = source;
  const meeting = meetings.find((m) => m.id === meetingId);
  if (!meeting) return null;
  const names = new Map(members.map((m) => [m.id, m.name]));
  const person = (id: string | null): MinutesPerson | null =>
    id ? { id, name: names.get(id) ?? id } : null;
  const rank = new Map((options.order ?? []).map((id, i) => [id, i]));
  const items = source.agendaItems
    .filter((item) => item.meetingId === meetingId)
    .map((item, i) => ({ item, at: rank.get(item.id) ?? (options.order?.length ?? 0) + i }))
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item);
  const recorded = items.filter((i) => i.discussed || i.notes.trim() || i.decision.trim());
  const toMinutesItem = (i: (typeof items)[number]): MinutesItem => {
    const card = i.boardId && i.cardId ? options.card?.(i.boardId, i.cardId) : undefined;
    return {
      id: i.id,
      kind: i.kind,
      title: card?.title || i.title,
      discussed: i.discussed,
      notes: i.notes,
      decision: i.decision,
      card:
        i.boardId && i.cardId
          ? {
              boardId: i.boardId,
              cardId: i.cardId,
              orderNo: card?.orderNo ?? '',
              customer: card?.customer ?? '',
              title: card?.title ?? i.title,
            }
          : null,
    };
  };
  const minutesItems = recorded.map(toMinutesItem);
  const allActions = source.actionItems;
  const toAction = (a: (typeof allActions)[number], carriedCount: number): MinutesActionItem => ({
    id: a.id,
    title: a.title,
    owner: person(a.ownerId),
    dueDate: a.dueDate,
    done: a.done,
    card: a.boardId && a.cardId ? { boardId: a.boardId, cardId: a.cardId } : null,
    carriedCount,
  });
  return {
    seriesTitle: options.title ?? meta.title,
    cadence: meta.cadence ?? null,
    meetingId,
    date: meeting.date,
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    facilitator: person(meeting.facilitatorId),
    attendees: meeting.attendeeIds.map((id) => person(id)!),
    items: minutesItems,
    notReached: items.length - recorded.length,
    decisions: minutesItems
      .filter((i) => i.decision.trim())
      .map((i) => ({ itemId: i.id, itemTitle: minutesItemLabel(i), text: i.decision.trim() })),
    actionItems: allActions
      .filter((a) => a.createdInMeetingId === meetingId)
      .map((a) => toAction(a, 0)),
    carriedActionItems: carriedActionItems(allActions, meetings, meetingId).map((a) =>
      toAction(a, a.carriedCount),
    ),
  };
}

/** One line of user text: Markdown stays readable and cannot open a new block. */
const inline = (value: string) => value.replace(/\s*\n\s*/g, ' ').trim();
const hhmm = (at: number | null) =>
  at === null
    ? ''
    : `${String(new Date(at).getHours()).padStart(2, '0')}:${String(new Date(at).getMinutes()).padStart(2, '0')}`;

export function minutesToMarkdown(minutes: Minutes, locale: 'en' | 'zh'): string {
  const t = MINUTES_LABELS[locale];
  const kind = minutes.cadence ? t[minutes.cadence] : t.meeting;
  const lines: string[] = [`# ${inline(minutes.seriesTitle) || kind} — ${minutes.date}`, ''];
  lines.push(`- ${t.meeting}: ${kind}`);
  lines.push(`- ${t.date}: ${minutes.date}`);
  if (minutes.startedAt !== null)
    lines.push(`- ${t.time}: ${hhmm(minutes.startedAt)}–${hhmm(minutes.endedAt)}`);
  lines.push(`- ${t.facilitator}: ${minutes.facilitator ? inline(minutes.facilitator.name) : '—'}`);
  lines.push(
    `- ${t.attendees}: ${minutes.attendees.map((a) => inline(a.name)).join(', ') || '—'}`,
    '',
  );
  lines.push(`## ${t.items}`, '');
  if (minutes.items.length === 0) lines.push(t.none);
  for (const item of minutes.items) {
    lines.push(
      `### ${inline(minutesItemLabel(item))}${item.discussed ? '' : ` (${t.notDiscussed})`}`,
      '',
    );
    if (item.notes.trim())
      lines.push(
        ...item.notes
          .trim()
          .split('\n')
          .map((l) => `> ${l}`),
        '',
      );
    if (item.decision.trim()) lines.push(`**${t.decision}:** ${inline(item.decision)}`, '');
  }
  if (minutes.notReached > 0) lines.push(`${t.notReached}: ${minutes.notReached}`, '');
  lines.push(`## ${t.decisions}`, '');
  if (minutes.decisions.length === 0) lines.push(t.none);
  for (const d of minutes.decisions) lines.push(`- ${inline(d.text)} (${inline(d.itemTitle)})`);
  lines.push('');
  const actionLine = (a: MinutesActionItem) =>
    `- [${a.done ? 'x' : ' '}] ${inline(a.title)} — ${t.owner}: ${a.owner ? inline(a.owner.name) : t.nobody}; ${t.due}: ${a.dueDate ?? '—'}` +
    (a.carriedCount > 0 ? `; ${t.carriedTimes(a.carriedCount)}` : '');
  lines.push(`## ${t.actions}`, '');
  if (minutes.actionItems.length === 0) lines.push(t.none);
  lines.push(...minutes.actionItems.map(actionLine), '');
  if (minutes.carriedActionItems.length > 0) {
    lines.push(`## ${t.carried}`, '', ...minutes.carriedActionItems.map(actionLine), '');
  }
  return lines.join('\n');
}
