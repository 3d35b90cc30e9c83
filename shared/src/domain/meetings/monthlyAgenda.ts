/**
 * The monthly review's agenda: the month's KPIs and their trend against the months
 * before, overdue counts by department, improvement (PDCA) items and open action items.
 */
import {
  ACTIONS_SECTION,
  FIGURES_SECTION,
  PDCA_SECTION,
  type AgendaPlan,
  type AgendaSection,
  type AgendaSuggestion,
} from './agendaPlan';
import { actionSuggestions } from './actionSuggestions';
import type { CarriedActionItem } from './carryOver';
import { monthFigures, shiftMonth } from './kpis';
import type { ActionItem, CardEvent } from './meetingTypes';
import { boardCards, type SourceBoard } from './sourceBoard';

export interface MonthlyAgendaInput {
  boards: readonly SourceBoard[];
  today: string;
  carried: readonly CarriedActionItem[];
  /** Every action item of the series: open improvement items show even if never carried. */
  actionItems: readonly ActionItem[];
  events?: readonly CardEvent[];
  /** How many months the trend shows, the reviewed one included. */
  trendMonths?: number;
}

/**
 * The month a monthly review looks at: held in a month's first week, it reviews the month that
 * just ended; later, the month so far.
 */
export function reviewedMonth(today: string): string {
  const month = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= 7 ? shiftMonth(month, -1) : month;
}

export function monthlyAgenda(input: MonthlyAgendaInput): AgendaPlan {
  const cards = boardCards(input.boards);
  const month = reviewedMonth(input.today);
  const count = input.trendMonths ?? 3;
  const months = Array.from({ length: count }, (_, i) =>
    monthFigures(cards, shiftMonth(month, i - count + 1), input.today, input.events),
  );
  const carriedIds = new Set(input.carried.map((a) => a.id));
  // Open improvements come up every month until closed, carried or not.
  const improvements = input.actionItems
    .filter((a) => a.pdcaPhase !== null && !a.done && !carriedIds.has(a.id))
    .map((a) => ({ ...a, carriedCount: 0, carriedInto: [] }));
  const actions = actionSuggestions([...input.carried, ...improvements], { pdcaSeparately: true });
  const sections: AgendaSection[] = [FIGURES_SECTION];
  if (actions.some((a) => a.sectionKey === PDCA_SECTION.key)) sections.push(PDCA_SECTION);
  if (actions.some((a) => a.sectionKey === ACTIONS_SECTION.key)) sections.push(ACTIONS_SECTION);
  const figure: AgendaSuggestion = {
    key: 'figure:month',
    sectionKey: FIGURES_SECTION.key,
    kind: 'figure',
    title: '',
    reasons: ['figures'],
  };
  return {
    cadence: 'monthly',
    sections,
    suggestions: [figure, ...actions],
    figures: { months },
    caveats: input.events ? [] : ['historyMissing'],
  };
}
