import { describe, expect, it } from 'vitest';
import { monthFigures, overdueByDepartment, weekFigures } from './kpis';
import { monthlyAgenda, reviewedMonth } from './monthlyAgenda';
import { boardCards } from './sourceBoard';
import { actionItem } from './testFixtures';
import { orderBoard } from './testFixtures';
import { weeklyAgenda } from './weeklyAgenda';
import type { CardEvent } from './meetingTypes';

const TODAY = '2026-11-23';
const at = (day: string, hour = 12) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();

describe('weeklyAgenda', () => {
  it('sorts late, at-risk, stuck and hand-off cards into their sections once each', () => {
    const board = orderBoard();
    const late = board.add('production', 'production', {
      dueDate: '2026-11-20',
      updatedAt: at('2026-11-22'),
    });
    const shippedLate = board.add('payment', 'finance', {
      dueDate: '2026-11-01',
      updatedAt: at('2026-11-22'),
    });
    const risky = board.add('shipping', 'logistics', {
      dueDate: '2026-12-30',
      risks: [{ kind: 'logistics', severity: 'medium', note: 'space' }],
      updatedAt: at('2026-11-22'),
    });
    const dueSoonEarly = board.add('procurement', 'purchasing', {
      dueDate: '2026-11-27',
      updatedAt: at('2026-11-22'),
    });
    const stuck = board.add('quotation', 'sales', { updatedAt: at('2026-10-01') });
    const handoff = board.add('inspection', 'production', { updatedAt: at('2026-11-21') });
    const plan = weeklyAgenda({
      boards: [board.plain()],
      today: TODAY,
      now: at(TODAY),
      carried: [],
      stuckCount: 1,
    });
    const section = (key: string) =>
      plan.suggestions.filter((s) => s.sectionKey === key).map((s) => s.cardId);
    expect(section('late')).toEqual([late]);
    expect(section('atRisk').sort()).toEqual([risky, dueSoonEarly].sort());
    expect(section('stuck')).toEqual([stuck]);
    expect(section('handoff')).toEqual([handoff]);
    expect(plan.suggestions.map((s) => s.cardId)).not.toContain(shippedLate);
    expect(plan.suggestions.find((s) => s.cardId === stuck)!.hours).toBe(53 * 24);
    expect(plan.caveats).toContain('stageTimesApproximate');
    expect(plan.figures.week).toMatchObject({
      from: '2026-11-17',
      to: TODAY,
      shipped: null,
      paid: null,
    });
  });

  it('lists the carried action items last', () => {
    const board = orderBoard();
    const carried = [{ ...actionItem('a1'), carriedCount: 2, carriedInto: ['m1', 'm2'] }];
    const plan = weeklyAgenda({ boards: [board.plain()], today: TODAY, now: at(TODAY), carried });
    expect(plan.sections.at(-1)!.key).toBe('actions');
    expect(plan.suggestions.at(-1)).toMatchObject({ key: 'action:a1', reasons: ['carried'] });
  });
});

describe('KPI formulas', () => {
  it('counts the week from card creation and history', () => {
    const board = orderBoard();
    const a = board.add('inquiry', 'sales', { createdAt: at('2026-11-18') });
    const b = board.add('documents', 'documents', { createdAt: at('2026-10-01') });
    board.add('inquiry', 'sales', { createdAt: at('2026-11-01') });
    const events: CardEvent[] = [
      {
        boardId: 'b1',
        cardId: b,
        at: at('2026-11-19'),
        kind: 'moved',
        fromStage: 'shipping',
        toStage: 'documents',
      },
      {
        boardId: 'b1',
        cardId: a,
        at: at('2026-11-20'),
        kind: 'moved',
        fromStage: 'payment',
        toStage: 'done',
      },
    ];
    const cards = boardCards([board.plain()]);
    expect(weekFigures(cards, '2026-11-17', TODAY, events)).toEqual({
      from: '2026-11-17',
      to: TODAY,
      newInquiries: 1,
      shipped: 1,
      paid: 1,
    });
  });

  it('measures inquiry response within 24 h and on-time shipment against ETD', () => {
    const board = orderBoard();
    const fast = board.add('quotation', 'sales', { createdAt: at('2026-11-02', 9) });
    const slow = board.add('quotation', 'sales', { createdAt: at('2026-11-03', 9) });
    board.add('inquiry', 'sales', { createdAt: at('2026-11-04', 9) });
    const onTime = board.add('documents', 'documents', {
      dueDate: '2026-11-10',
      createdAt: at('2026-09-01'),
    });
    const lateShip = board.add('payment', 'finance', {
      dueDate: '2026-11-05',
      createdAt: at('2026-09-01'),
    });
    const events: CardEvent[] = [
      {
        boardId: 'b1',
        cardId: fast,
        at: at('2026-11-02', 20),
        kind: 'moved',
        fromStage: 'inquiry',
        toStage: 'quotation',
      },
      {
        boardId: 'b1',
        cardId: slow,
        at: at('2026-11-05', 9),
        kind: 'moved',
        fromStage: 'inquiry',
        toStage: 'quotation',
      },
      {
        boardId: 'b1',
        cardId: onTime,
        at: at('2026-11-10'),
        kind: 'moved',
        fromStage: 'shipping',
        toStage: 'documents',
      },
      {
        boardId: 'b1',
        cardId: lateShip,
        at: at('2026-11-08'),
        kind: 'moved',
        fromStage: 'shipping',
        toStage: 'documents',
      },
    ];
    const figures = monthFigures(boardCards([board.plain()]), '2026-11', TODAY, events);
    expect(figures.inquiryResponse24h).toEqual({ hits: 1, total: 3, rate: 1 / 3 });
    expect(figures.onTimeShipment).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(monthFigures(boardCards([board.plain()]), '2026-11', TODAY).onTimeShipment).toBeNull();
  });

  it('counts overdue, unshipped orders by the department holding them', () => {
    const board = orderBoard();
    board.add('production', 'production', { dueDate: '2026-11-01' });
    board.add('production', 'production', { dueDate: '2026-11-02' });
    board.add('shipping', 'logistics', { dueDate: '2026-11-02' });
    board.add('documents', 'documents', { dueDate: '2026-11-02' });
    board.add('production', 'production', { dueDate: '2026-12-02' });
    expect(overdueByDepartment(boardCards([board.plain()]), TODAY)).toEqual({
      production: 2,
      logistics: 1,
    });
  });
});

describe('monthlyAgenda', () => {
  it('reviews the last month early in a month and shows a trend with open PDCA items', () => {
    expect(reviewedMonth('2026-12-02')).toBe('2026-11');
    expect(reviewedMonth('2026-11-23')).toBe('2026-11');
    const board = orderBoard();
    const improvement = actionItem('p1', { pdcaPhase: 'do' });
    const closed = actionItem('p2', { pdcaPhase: 'check', done: true, doneAt: 1 });
    const plan = monthlyAgenda({
      boards: [board.plain()],
      today: TODAY,
      carried: [],
      actionItems: [improvement, closed],
    });
    expect(plan.figures.months!.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(plan.figures.months!.map((m) => m.overdueByDepartment === null)).toEqual([
      true,
      true,
      false,
    ]);
    expect(plan.suggestions.map((s) => [s.key, s.sectionKey])).toEqual([
      ['figure:month', 'figures'],
      ['action:p1', 'pdca'],
    ]);
  });
});
