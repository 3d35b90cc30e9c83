import { describe, expect, it } from 'vitest';
import { computeAgenda } from './agenda';
import { PLANNED_SECONDS } from './agendaFit';
import { actionItem, dailyPlanOf, meeting, orderBoard } from './testFixtures';

const TODAY = '2026-11-23';
const LANES = [
  ['production', 'production'],
  ['shipping', 'logistics'],
  ['procurement', 'purchasing'],
  ['inspection', 'qc'],
] as const;

/** 200 qualifying cards across four lanes: overdue ones, and every seventh blocked. */
function bigBoard() {
  const board = orderBoard('b1');
  for (let i = 0; i < 200; i++) {
    const [column, lane] = LANES[i % LANES.length]!;
    board.add(column, lane, {
      title: `order ${i}`,
      dueDate: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`,
      ...(i % 7 === 0 ? { blocked: 'waiting' } : {}),
    });
  }
  return board.plain();
}

function standup(board = bigBoard()) {
  return computeAgenda({
    cadence: 'daily',
    boards: [board],
    today: TODAY,
    now: 0,
    meetings: [meeting('m1', TODAY)],
    meetingId: 'm1',
    actionItems: [],
    stored: [],
  })!;
}

describe('fitting the standup to its planned length', () => {
  it('keeps 200 qualifying cards within 15 minutes, each once on the agenda or in the overflow', () => {
    const view = standup();
    expect(view.plannedSeconds).toBe(PLANNED_SECONDS.daily);
    const total = view.items.reduce((sum, i) => sum + i.timeboxSeconds, 0);
    expect(total).toBeLessThanOrEqual(900);
    expect(view.items.length).toBeGreaterThan(0);
    const shown = view.items.map((i) => i.card!.cardId);
    const overflown = view.overflow.map((o) => o.cardId);
    const all = [...shown, ...overflown];
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    expect(view.overflow.every((o) => o.reasons.length > 0)).toBe(true);
  });

  it('gives every lane its turn and walks blocked cards first in each lane', () => {
    const view = standup();
    const lanes = new Set(view.items.map((i) => i.sectionKey));
    expect(lanes.size).toBe(LANES.length);
    for (const lane of lanes) {
      const reasons = view.items.filter((i) => i.sectionKey === lane).map((i) => i.reasons[0]);
      const firstOther = reasons.findIndex((r) => r !== 'blocked');
      expect(reasons.slice(firstOther === -1 ? reasons.length : firstOther)).not.toContain(
        'blocked',
      );
      expect(reasons[0]).toBe('blocked');
    }
  });

  it('is deterministic', () => {
    const board = bigBoard();
    expect(standup(board)).toEqual(standup(board));
  });
});

describe('carried action items in the standup', () => {
  it('come up in the lane of their card, after its blocked and overdue cards', () => {
    const board = orderBoard('b1');
    const blocked = board.add('production', 'production', { title: 'blocked', blocked: 'x' });
    const card = board.add('production', 'production', { title: 'quiet' });
    const plan = dailyPlanOf(board.plain(), TODAY, {
      carried: [
        { ...actionItem('a1', { boardId: 'b1', cardId: card }), carriedCount: 1, carriedInto: [] },
        { ...actionItem('a2'), carriedCount: 1, carriedInto: [] },
      ],
    }).plan;
    const lane = `lane:b1:${board.lane('production')}`;
    const inLane = plan.suggestions.filter((s) => s.sectionKey === lane);
    expect(inLane.map((s) => s.key)).toEqual([`card:b1:${blocked}`, 'action:a1']);
    // An action item with no card still has its own section.
    expect(plan.suggestions.find((s) => s.key === 'action:a2')!.sectionKey).toBe('actions');
  });
});
