/**
 * The agenda of one meeting: the cadence's rule (a plan of suggestions over the LIVE linked
 * boards) merged with the items stored in the meeting document (notes, discussed, order,
 * time-boxes, people's own items). Card items are references: the view carries each card's
 * current state, so a card moved after the meeting opened shows where it is now.
 * The server and the client run this same function.
 */
import type { MeetingCadence } from '../board';
import type { Card } from '../card';
import { compareByPosition, placeAmong } from '../position';
import type { RoleKey } from '../roles';
import type { StageKey } from '../stages';
import {
  TOPICS_SECTION,
  type AgendaPlan,
  type AgendaReason,
  type AgendaSection,
} from './agendaPlan';
import { fitAgenda, PLANNED_SECONDS, type AgendaOverflow } from './agendaFit';
import { carriedActionItems, meetingTime, type CarriedActionItem } from './carryOver';
import { dailyAgenda, dailySectionKey } from './dailyAgenda';
import { orderMeetings } from './meetingOrder';
import type {
  ActionItem,
  AgendaItem,
  AgendaItemKind,
  AgendaItemSource,
  CardEvent,
  Meeting,
} from './meetingTypes';
import { monthlyAgenda } from './monthlyAgenda';
import { boardCards, cardKey, type BoardCard, type SourceBoard } from './sourceBoard';
import { weeklyAgenda } from './weeklyAgenda';

export interface AgendaInput {
  cadence: MeetingCadence;
  boards: readonly SourceBoard[];
  today: string;
  now: number;
  meetings: readonly Meeting[];
  meetingId: string;
  actionItems: readonly ActionItem[];
  events?: readonly CardEvent[];
}

/** The last meeting before this one that actually took place (a skipped one does not count). */
function previousHeldMeeting(meetings: readonly Meeting[], meetingId: string): Meeting | null {
  const ordered = orderMeetings(meetings);
  const index = ordered.findIndex((m) => m.id === meetingId);
  for (let i = index - 1; i >= 0; i--) if (ordered[i]!.startedAt !== null) return ordered[i]!;
  return null;
}

function buildAgendaPlan(input: AgendaInput): AgendaPlan {
  const meeting = input.meetings.find((m) => m.id === input.meetingId);
  const carried = carriedActionItems(input.actionItems, input.meetings, input.meetingId);
  const events = input.events ? { events: input.events } : {};
  const base = { boards: input.boards, today: input.today, carried, ...events };
  if (input.cadence === 'daily') {
    const previous = previousHeldMeeting(input.meetings, input.meetingId);
    return dailyAgenda({
      ...base,
      since: previous ? meetingTime(previous) : null,
      groupBy: meeting?.groupBy ?? 'lane',
    });
  }
  if (input.cadence === 'weekly') return weeklyAgenda({ ...base, now: input.now });
  return monthlyAgenda({ ...base, actionItems: input.actionItems });
}

/** Seconds per item when nobody set a time-box: a standup is 10–15 minutes in all. */
const DEFAULT_TIMEBOX_SECONDS: Readonly<Record<MeetingCadence, Record<AgendaItemKind, number>>> = {
  daily: { card: 60, action: 60, figure: 120, topic: 120 },
  weekly: { card: 120, action: 90, figure: 300, topic: 300 },
  monthly: { card: 180, action: 120, figure: 600, topic: 600 },
};

/** The whole meeting's time-box, in seconds. */
export const MEETING_TIMEBOX_SECONDS: Readonly<Record<MeetingCadence, number>> = {
  daily: 15 * 60,
  weekly: 60 * 60,
  monthly: 90 * 60,
};

/** FNV-1a over a string with a seed, as 32 bits. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

/**
 * The id a generated item gets: derived from meeting and key, so two writers materialising the
 * same suggestion write the same map key instead of two duplicate items.
 */
export function agendaItemIdFor(meetingId: string, key: string): string {
  const text = `${meetingId}\u0000${key}`;
  return `g${fnv(text, 2166136261).toString(36).padStart(7, '0')}${fnv(text, 374761393).toString(36).padStart(7, '0')}`;
}

/** A card as the agenda shows it: its current state on its board. */
export interface AgendaCard {
  boardId: string;
  cardId: string;
  /** False once the card was deleted: the item stays (it may carry notes), marked as gone. */
  exists: boolean;
  title: string;
  orderNo: string;
  customer: string;
  columnId: string;
  laneId: string;
  stage: StageKey | null;
  laneTitle: string | null;
  laneRole: RoleKey | null;
  ownerId: string | null;
  dueDate: string | null;
  priority: Card['priority'];
  risks: Card['risks'];
}

export interface AgendaEntry {
  id: string;
  /** False: a live suggestion not yet written into the meeting document. */
  stored: boolean;
  key: string;
  source: AgendaItemSource;
  kind: AgendaItemKind;
  sectionKey: string;
  title: string;
  position: string;
  timeboxSeconds: number;
  discussed: boolean;
  notes: string;
  decision: string;
  /** Why it is on the agenda now; empty when a stored card no longer qualifies. */
  reasons: AgendaReason[];
  hours?: number;
  card: AgendaCard | null;
  actionItem: CarriedActionItem | null;
}

export interface AgendaView {
  meetingId: string;
  cadence: MeetingCadence;
  sections: AgendaSection[];
  /** In the order the meeting walks them. */
  items: AgendaEntry[];
  figures: AgendaPlan['figures'];
  caveats: AgendaPlan['caveats'];
  /** The meeting's planned length; a standup's items add up to at most this. */
  plannedSeconds: number;
  /** Cards that qualified but did not fit the planned length: listed, never dropped. */
  overflow: AgendaOverflow[];
  /** Action items decided in this meeting. */
  actionItems: ActionItem[];
}

function agendaCard(entry: BoardCard | undefined, boardId: string, cardId: string): AgendaCard {
  const card = entry?.card;
  return {
    boardId,
    cardId,
    exists: !!card,
    title: card?.title ?? '',
    orderNo: card?.orderNo ?? '',
    customer: card?.customer ?? '',
    columnId: card?.columnId ?? '',
    laneId: card?.laneId ?? '',
    stage: entry?.stage ?? null,
    laneTitle: entry?.lane?.title ?? null,
    laneRole: entry?.lane?.role ?? null,
    ownerId: card?.ownerId ?? null,
    dueDate: card?.dueDate ?? null,
    priority: card?.priority ?? 'normal',
    risks: card?.risks ?? [],
  };
}

export interface MergeOptions {
  cadence: MeetingCadence;
  meeting: Meeting;
  meetings: readonly Meeting[];
  plan: AgendaPlan;
  stored: readonly AgendaItem[];
  boards: readonly SourceBoard[];
  actionItems: readonly ActionItem[];
  /** Add the plan's suggestions that are not stored yet (false once the meeting has ended). */
  includeSuggestions?: boolean;
}

function mergeAgenda(options: MergeOptions): AgendaView {
  const { plan, meeting, cadence } = options;
  const cards = new Map(boardCards(options.boards).map((c) => [cardKey(c.boardId, c.card.id), c]));
  const suggestions = new Map(plan.suggestions.map((s) => [s.key, s]));
  const carried = new Map<string, CarriedActionItem>();
  for (const a of options.actionItems)
    carried.set(a.id, { ...a, carriedCount: 0, carriedInto: [] });
  for (const a of carriedActionItems(options.actionItems, options.meetings, meeting.id))
    carried.set(a.id, a);
  const entries: AgendaEntry[] = [];
  const storedKeys = new Set<string>();
  for (const item of options.stored) {
    if (item.meetingId !== meeting.id) continue;
    if (item.key) storedKeys.add(item.key);
    const suggestion = item.key ? suggestions.get(item.key) : undefined;
    const live =
      item.boardId && item.cardId ? cards.get(cardKey(item.boardId, item.cardId)) : undefined;
    let sectionKey = suggestion?.sectionKey ?? item.sectionKey;
    // A standup walks the board as it is now: a card moved to another lane comes up there.
    if (cadence === 'daily' && item.kind === 'card' && live)
      sectionKey = dailySectionKey(live, meeting.groupBy);
    entries.push({
      id: item.id,
      stored: true,
      key: item.key,
      source: item.source,
      kind: item.kind,
      sectionKey: sectionKey || TOPICS_SECTION.key,
      title: item.title,
      position: item.position,
      timeboxSeconds: item.timeboxSeconds ?? DEFAULT_TIMEBOX_SECONDS[cadence][item.kind],
      discussed: item.discussed,
      notes: item.notes,
      decision: item.decision,
      reasons: suggestion?.reasons ?? [],
      ...(suggestion?.hours !== undefined ? { hours: suggestion.hours } : {}),
      card: item.boardId && item.cardId ? agendaCard(live, item.boardId, item.cardId) : null,
      actionItem: item.actionItemId ? (carried.get(item.actionItemId) ?? null) : null,
    });
  }
  if (options.includeSuggestions ?? meeting.status !== 'ended') {
    const fresh = plan.suggestions.filter((s) => !storedKeys.has(s.key));
    for (const s of fresh) {
      // At the end of its section, with no jitter: every replica computes the same key.
      const position = placeAmong(
        entries.filter((e) => e.sectionKey === s.sectionKey),
        {},
      );
      const live = s.boardId && s.cardId ? cards.get(cardKey(s.boardId, s.cardId)) : undefined;
      entries.push({
        id: agendaItemIdFor(meeting.id, s.key),
        stored: false,
        key: s.key,
        source: 'generated',
        kind: s.kind,
        sectionKey: s.sectionKey,
        title: s.title,
        position,
        timeboxSeconds: DEFAULT_TIMEBOX_SECONDS[cadence][s.kind],
        discussed: false,
        notes: '',
        decision: '',
        reasons: s.reasons,
        ...(s.hours !== undefined ? { hours: s.hours } : {}),
        card: s.boardId && s.cardId ? agendaCard(live, s.boardId, s.cardId) : null,
        actionItem: s.actionItemId ? (carried.get(s.actionItemId) ?? null) : null,
      });
    }
  }
  const sections = [...plan.sections];
  const known = new Set(sections.map((s) => s.key));
  for (const e of entries) {
    if (known.has(e.sectionKey)) continue;
    known.add(e.sectionKey);
    sections.push(
      e.sectionKey === TOPICS_SECTION.key
        ? TOPICS_SECTION
        : { key: e.sectionKey, kind: 'topics', title: '' },
    );
  }
  const sectionIndex = new Map(sections.map((s, i) => [s.key, i]));
  entries.sort(
    (a, b) =>
      sectionIndex.get(a.sectionKey)! - sectionIndex.get(b.sectionKey)! || compareByPosition(a, b),
  );
  const plannedSeconds = PLANNED_SECONDS[cadence];
  const fitted =
    cadence === 'daily' ? fitAgenda(entries, plannedSeconds) : { items: entries, overflow: [] };
  return {
    meetingId: meeting.id,
    cadence,
    sections,
    items: fitted.items,
    plannedSeconds,
    overflow: fitted.overflow,
    figures: plan.figures,
    caveats: plan.caveats,
    actionItems: options.actionItems.filter((a) => a.createdInMeetingId === meeting.id),
  };
}

/** Plan and merge in one call: what `GET …/agenda` answers and what the client shows. */
export function computeAgenda(
  input: AgendaInput & { stored: readonly AgendaItem[]; includeSuggestions?: boolean },
): AgendaView | null {
  const meeting = input.meetings.find((m) => m.id === input.meetingId);
  if (!meeting) return null;
  return mergeAgenda({
    cadence: input.cadence,
    meeting,
    meetings: input.meetings,
    plan: buildAgendaPlan(input),
    stored: input.stored,
    boards: input.boards,
    actionItems: input.actionItems,
    ...(input.includeSuggestions !== undefined
      ? { includeSuggestions: input.includeSuggestions }
      : {}),
  });
}

/** The item ids in the order the facilitator steps through them. */
export function agendaOrder(view: AgendaView): string[] {
  return view.items.map((item) => item.id);
}
