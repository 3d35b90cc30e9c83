/**
 * The weekly review's agenda (manager-led): orders late or at risk against the
 * promised ETD (`dueDate`), the cards stuck longest in a stage, hand-offs waiting between
 * departments, the week's counts, and last week's open action items.
 */
import { addDays } from '../dueDate';
import { isClosedStage, STAGE_KEYS } from '../stages';
import {
  ACTIONS_SECTION,
  FIGURES_SECTION,
  type AgendaCaveat,
  type AgendaPlan,
  type AgendaSection,
  type AgendaSuggestion,
} from './agendaPlan';
import { actionSuggestions } from './actionSuggestions';
import type { CarriedActionItem } from './carryOver';
import { weekFigures } from './kpis';
import type { CardEvent } from './meetingTypes';
import {
  STAGE_DEPARTMENT,
  boardCards,
  cardKey,
  isShippedStage,
  type BoardCard,
  type SourceBoard,
} from './sourceBoard';

export interface WeeklyAgendaInput {
  boards: readonly SourceBoard[];
  today: string;
  now: number;
  carried: readonly CarriedActionItem[];
  events?: readonly CardEvent[];
  /** How many of the longest-stuck cards to show. */
  stuckCount?: number;
}

const HOUR = 3600_000;
/** An order due within this many days and not yet past inspection is at risk of missing ETD. */
const AT_RISK_DAYS = 7;
/** Lanes that follow every order (and may hold any stage) are not a hand-off waiting. */
const FOLLOWING_ROLES = new Set(['merchandiser', 'manager']);

/** When each card entered its current stage: from history, or its last change as an estimate. */
function stageEntryTimes(
  cards: readonly BoardCard[],
  events?: readonly CardEvent[],
): Map<string, number> {
  const entered = new Map<string, number>();
  for (const c of cards)
    entered.set(cardKey(c.boardId, c.card.id), events ? c.card.createdAt : c.card.updatedAt);
  if (events) {
    for (const e of events) {
      if (e.kind !== 'moved' || e.fromStage === e.toStage) continue;
      const key = cardKey(e.boardId, e.cardId);
      if ((entered.get(key) ?? 0) < e.at) entered.set(key, e.at);
    }
  }
  return entered;
}

const stageIndex = (stage: string | null) => (stage ? STAGE_KEYS.indexOf(stage as never) : -1);

function isLate(c: BoardCard, today: string): boolean {
  return !!c.card.dueDate && c.card.dueDate < today && !isShippedStage(c.stage);
}

function isAtRisk(c: BoardCard, today: string): boolean {
  if (isShippedStage(c.stage) || isLate(c, today)) return false;
  if (c.card.risks.length > 0) return true;
  const dueSoon = !!c.card.dueDate && c.card.dueDate <= addDays(today, AT_RISK_DAYS);
  return dueSoon && stageIndex(c.stage) < STAGE_KEYS.indexOf('inspection');
}

/** A card held by a department other than the one its stage belongs to: the ball is in transit. */
function isHandoffWaiting(c: BoardCard): boolean {
  if (!c.stage || isClosedStage(c.stage) || !c.lane?.role || FOLLOWING_ROLES.has(c.lane.role))
    return false;
  return STAGE_DEPARTMENT[c.stage] !== c.lane.role;
}

function cardSuggestion(
  c: BoardCard,
  sectionKey: string,
  reason: AgendaSuggestion['reasons'][number],
  hours?: number,
): AgendaSuggestion {
  return {
    key: cardKey(c.boardId, c.card.id),
    sectionKey,
    kind: 'card',
    title: c.card.title,
    reasons: [reason],
    boardId: c.boardId,
    cardId: c.card.id,
    ...(hours !== undefined ? { hours } : {}),
  };
}

const byDue = (a: BoardCard, b: BoardCard) =>
  (a.card.dueDate ?? '9999').localeCompare(b.card.dueDate ?? '9999') ||
  a.card.id.localeCompare(b.card.id);

export function weeklyAgenda(input: WeeklyAgendaInput): AgendaPlan {
  const { today, now } = input;
  const cards = boardCards(input.boards);
  const entered = stageEntryTimes(cards, input.events);
  const hoursInStage = (c: BoardCard) =>
    Math.max(0, Math.floor((now - (entered.get(cardKey(c.boardId, c.card.id)) ?? now)) / HOUR));
  const sections: AgendaSection[] = [
    { key: 'late', kind: 'late', title: '' },
    { key: 'atRisk', kind: 'atRisk', title: '' },
    { key: 'stuck', kind: 'stuck', title: '' },
    { key: 'handoff', kind: 'handoff', title: '' },
    FIGURES_SECTION,
  ];
  // A card comes up once per review, in the first section that applies.
  const seen = new Set<string>();
  const take = (
    list: BoardCard[],
    section: string,
    reason: AgendaSuggestion['reasons'][number],
    withHours = false,
  ) =>
    list
      .filter((c) => !seen.has(cardKey(c.boardId, c.card.id)))
      .map((c) => {
        seen.add(cardKey(c.boardId, c.card.id));
        return cardSuggestion(c, section, reason, withHours ? hoursInStage(c) : undefined);
      });
  const open = cards.filter((c) => c.stage !== 'done');
  const suggestions = [
    ...take(open.filter((c) => isLate(c, today)).sort(byDue), 'late', 'late'),
    ...take(open.filter((c) => isAtRisk(c, today)).sort(byDue), 'atRisk', 'atRisk'),
    // Blocked cards are stuck by definition: they lead the section, on top of the longest-waiting.
    ...take(
      open
        .filter((c) => c.card.blocked !== null)
        .sort((a, b) => hoursInStage(b) - hoursInStage(a) || a.card.id.localeCompare(b.card.id)),
      'stuck',
      'blocked',
      true,
    ),
    ...take(
      [...open]
        .sort((a, b) => hoursInStage(b) - hoursInStage(a) || a.card.id.localeCompare(b.card.id))
        .filter((c) => !seen.has(cardKey(c.boardId, c.card.id)))
        .slice(0, input.stuckCount ?? 5),
      'stuck',
      'stuck',
      true,
    ),
    ...take(
      open.filter(isHandoffWaiting).sort((a, b) => hoursInStage(b) - hoursInStage(a)),
      'handoff',
      'handoff',
      true,
    ),
    {
      key: 'figure:week',
      sectionKey: FIGURES_SECTION.key,
      kind: 'figure',
      title: '',
      reasons: ['figures'],
    } satisfies AgendaSuggestion,
  ];
  const actions = actionSuggestions(input.carried);
  if (actions.length > 0) sections.push(ACTIONS_SECTION);
  const caveats: AgendaCaveat[] = input.events ? [] : ['stageTimesApproximate', 'historyMissing'];
  return {
    cadence: 'weekly',
    sections,
    suggestions: [...suggestions, ...actions],
    figures: { week: weekFigures(cards, addDays(today, -6), today, input.events) },
    caveats,
  };
}
