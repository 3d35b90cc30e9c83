import { describe, expect, it } from 'vitest';
import { dailyPlanOf, orderBoard } from './testFixtures';
import { weeklyAgenda } from './weeklyAgenda';

const TODAY = '2026-11-23';

function seeded() {
  const board = orderBoard('b1');
  const ids = {
    blocked: board.add('production', 'production', {
      title: 'artwork',
      blocked: "Waiting for customer's artwork approval",
    }),
    blockedNoReason: board.add('documents', 'documents', { title: 'lc', blocked: '' }),
    blockedOverdue: board.add('shipping', 'logistics', {
      title: 'late and blocked',
      dueDate: '2026-11-20',
      blocked: 'Vessel rolled',
    }),
    blockedDueToday: board.add('procurement', 'purchasing', {
      title: 'due and blocked',
      dueDate: TODAY,
      blocked: 'Supplier closed',
    }),
    doneBlocked: board.add('done', 'finance', { title: 'done', blocked: 'stale' }),
    plain: board.add('inquiry', 'sales', { title: 'plain' }),
  };
  return { board, ids };
}

describe('blocked cards on the agendas', () => {
  it('lists open blocked cards in their lanes with reason blocked, ranked first', () => {
    const { board, ids } = seeded();
    const { plan, byCard } = dailyPlanOf(board.plain(), TODAY);
    expect([...byCard.keys()].sort()).toEqual(
      [ids.blocked, ids.blockedNoReason, ids.blockedOverdue, ids.blockedDueToday].sort(),
    );
    expect(byCard.get(ids.blocked)!.reasons).toEqual(['blocked']);
    expect(byCard.get(ids.blocked)!.sectionKey).toBe(`lane:b1:${board.lane('production')}`);
    expect(byCard.get(ids.blockedNoReason)!.reasons).toEqual(['blocked']);
    expect(byCard.get(ids.blockedOverdue)!.reasons).toEqual(['blocked', 'overdue']);
    expect(byCard.get(ids.blockedDueToday)!.reasons).toEqual(['blocked', 'dueToday']);
    expect(plan.suggestions[0]!.cardId).toBe(ids.blockedOverdue);
  });

  it('puts blocked cards at the head of the weekly stuck section', () => {
    const { board, ids } = seeded();
    const plan = weeklyAgenda({
      boards: [board.plain()],
      today: TODAY,
      now: Date.parse(`${TODAY}T09:00:00Z`),
      carried: [],
      stuckCount: 1,
    });
    const stuck = plan.suggestions.filter((s) => s.sectionKey === 'stuck');
    expect(stuck.slice(0, 2).map((s) => [s.cardId, s.reasons])).toEqual(
      expect.arrayContaining([
        [ids.blocked, ['blocked']],
        [ids.blockedNoReason, ['blocked']],
      ]),
    );
    expect(stuck.map((s) => s.cardId)).not.toContain(ids.doneBlocked);
    // The overdue one is reviewed as late, once.
    expect(plan.suggestions.filter((s) => s.cardId === ids.blockedOverdue)).toHaveLength(1);
  });
});
