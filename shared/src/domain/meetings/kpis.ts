/**
 * KPI formulas of the weekly and monthly reviews (what the team measures), over
 * plain cards and, when the server has it, the card-history log. A figure that needs history
 * which is not there is null ("not measured yet"), never a guess presented as a fact.
 */
import { isoDay } from '../dueDate';
import { isShippedStage, type BoardCard } from './sourceBoard';
import type { CardEvent } from './meetingTypes';

/** A share: `hits` of `total` (rate null when total is 0). */
export interface Ratio {
  hits: number;
  total: number;
  rate: number | null;
}

export interface WeekFigures {
  from: string;
  to: string;
  newInquiries: number;
  /** Orders that left for shipment (entered a post-shipping stage) in the period. */
  shipped: number | null;
  /** Orders whose payment was collected (entered `done` from `payment`) in the period. */
  paid: number | null;
}

export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  newInquiries: number;
  /** Inquiries created in the month that left the inquiry stage within 24 hours. */
  inquiryResponse24h: Ratio | null;
  /** Orders shipped in the month on or before their promised ETD (`dueDate`). */
  onTimeShipment: Ratio | null;
  /** Overdue orders per department right now (only for the current month: no snapshots yet). */
  overdueByDepartment: Record<string, number> | null;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, rate: total === 0 ? null : hits / total };
}

const inPeriod = (at: number, from: string, to: string) => {
  const day = isoDay(new Date(at));
  return day >= from && day <= to;
};

/** First and last day of a YYYY-MM month. */
function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: isoDay(new Date(y, m, 0)) };
}

/** The month `offset` months from `month` (negative = earlier). */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(new Date(y, m - 1 + offset, 1)).slice(0, 7);
}

/** The first time each card entered a shipped stage, from history. */
function firstShipped(events: readonly CardEvent[]): Map<string, CardEvent> {
  const shipped = new Map<string, CardEvent>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    if (e.kind !== 'moved' || !isShippedStage(e.toStage) || isShippedStage(e.fromStage)) continue;
    const key = `${e.boardId}:${e.cardId}`;
    if (!shipped.has(key)) shipped.set(key, e);
  }
  return shipped;
}

export function weekFigures(
  cards: readonly BoardCard[],
  from: string,
  to: string,
  events?: readonly CardEvent[],
): WeekFigures {
  const newInquiries = cards.filter((c) => inPeriod(c.card.createdAt, from, to)).length;
  if (!events) return { from, to, newInquiries, shipped: null, paid: null };
  const shipped = [...firstShipped(events).values()].filter((e) => inPeriod(e.at, from, to)).length;
  const paidCards = new Set(
    events
      .filter((e) => e.kind === 'moved' && e.toStage === 'done' && e.fromStage === 'payment')
      .filter((e) => inPeriod(e.at, from, to))
      .map((e) => `${e.boardId}:${e.cardId}`),
  );
  return { from, to, newInquiries, shipped, paid: paidCards.size };
}

/** Inquiries of the month answered (moved out of `inquiry`) within 24 h of their creation. */
function inquiryResponse(
  cards: readonly BoardCard[],
  events: readonly CardEvent[],
  from: string,
  to: string,
): Ratio {
  const leftInquiry = new Map<string, number>();
  const startedAsInquiry = new Set<string>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const key = `${e.boardId}:${e.cardId}`;
    if (e.kind === 'created' && e.toStage === 'inquiry') startedAsInquiry.add(key);
    if (e.kind === 'moved' && e.fromStage === 'inquiry' && !leftInquiry.has(key))
      leftInquiry.set(key, e.at);
  }
  let hits = 0;
  let total = 0;
  for (const c of cards) {
    const key = `${c.boardId}:${c.card.id}`;
    const isInquiry = startedAsInquiry.has(key) || leftInquiry.has(key) || c.stage === 'inquiry';
    if (!isInquiry || !inPeriod(c.card.createdAt, from, to)) continue;
    total++;
    const left = leftInquiry.get(key);
    if (left !== undefined && left - c.card.createdAt <= 24 * 3600_000) hits++;
  }
  return ratio(hits, total);
}

function onTimeShipment(
  cards: readonly BoardCard[],
  events: readonly CardEvent[],
  from: string,
  to: string,
): Ratio {
  const due = new Map(cards.map((c) => [`${c.boardId}:${c.card.id}`, c.card.dueDate]));
  let hits = 0;
  let total = 0;
  for (const [key, e] of firstShipped(events)) {
    const dueDate = due.get(key);
    if (!dueDate || !inPeriod(e.at, from, to)) continue;
    total++;
    if (isoDay(new Date(e.at)) <= dueDate) hits++;
  }
  return ratio(hits, total);
}

/** Orders past their ETD and not shipped, per department holding the ball (lane role/title). */
export function overdueByDepartment(
  cards: readonly BoardCard[],
  today: string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cards) {
    if (!c.card.dueDate || c.card.dueDate >= today || isShippedStage(c.stage)) continue;
    const department = c.lane?.role ?? (c.lane?.title || 'unsorted');
    counts[department] = (counts[department] ?? 0) + 1;
  }
  return counts;
}

export function monthFigures(
  cards: readonly BoardCard[],
  month: string,
  today: string,
  events?: readonly CardEvent[],
): MonthFigures {
  const { from, to } = monthRange(month);
  const current = today.slice(0, 7) === month;
  return {
    month,
    newInquiries: cards.filter((c) => inPeriod(c.card.createdAt, from, to)).length,
    inquiryResponse24h: events ? inquiryResponse(cards, events, from, to) : null,
    onTimeShipment: events ? onTimeShipment(cards, events, from, to) : null,
    overdueByDepartment: current ? overdueByDepartment(cards, today) : null,
  };
}
