import { describe, expect, it } from 'vitest';
import { LANE_ROLE_KEYS } from '../roles';
import { dailyPlanOf, orderBoard } from './testFixtures';

const TODAY = '2026-11-23';

function seeded() {
  const board = orderBoard('b1');
  const ids = {
    overdue: board.add('production', 'production', { title: 'overdue', dueDate: '2026-11-20' }),
    today: board.add('shipping', 'logistics', { title: 'today', dueDate: TODAY }),
    tomorrow: board.add('procurement', 'purchasing', { title: 'tomorrow', dueDate: '2026-11-24' }),
    later: board.add('production', 'production', { title: 'later', dueDate: '2026-11-25' }),
    flagged: board.add('inspection', 'qc', {
      title: 'flagged',
      risks: [{ kind: 'quality', severity: 'high', note: 'AQL failed' }],
    }),
    doneOverdue: board.add('done', 'finance', { title: 'done', dueDate: '2026-11-01' }),
    plain: board.add('inquiry', 'sales', { title: 'plain' }),
  };
  return { board, ids };
}

describe('dailyAgenda', () => {
  it('lists exactly the overdue, due today/tomorrow and flagged cards, in their lanes', () => {
    const { board, ids } = seeded();
    const { plan, byCard } = dailyPlanOf(board.plain(), TODAY);
    expect([...byCard.keys()].sort()).toEqual(
      [ids.overdue, ids.today, ids.tomorrow, ids.flagged].sort(),
    );
    expect(byCard.get(ids.overdue)!.reasons).toEqual(['overdue']);
    expect(byCard.get(ids.today)!.reasons).toEqual(['dueToday']);
    expect(byCard.get(ids.tomorrow)!.reasons).toEqual(['dueTomorrow']);
    expect(byCard.get(ids.flagged)!.reasons).toEqual(['flagged']);
    expect(byCard.get(ids.overdue)!.sectionKey).toBe(`lane:b1:${board.lane('production')}`);
    expect(byCard.get(ids.flagged)!.sectionKey).toBe(`lane:b1:${board.lane('qc')}`);
    // Every lane is walked, in board order, even the quiet ones.
    expect(plan.sections.map((s) => s.role)).toEqual(LANE_ROLE_KEYS);
    // Most urgent first.
    expect(plan.suggestions[0]!.cardId).toBe(ids.overdue);
  });

  it('groups by person when asked, unowned cards last', () => {
    const board = orderBoard();
    board.add('production', 'production', { dueDate: '2026-11-01', ownerId: 'zoe' });
    board.add('production', 'production', { dueDate: '2026-11-01' });
    board.add('production', 'production', { dueDate: '2026-11-01', ownerId: 'amy' });
    const { plan } = dailyPlanOf(board.plain(), TODAY, { groupBy: 'owner' });
    expect(plan.sections.map((s) => s.key)).toEqual(['owner:amy', 'owner:zoe', 'owner:']);
  });

  it('uses real moves from history when given, else marks changed cards as an estimate', () => {
    const board = orderBoard();
    const moved = board.add('production', 'production', { updatedAt: 5000 });
    const touched = board.add('production', 'production', { updatedAt: 6000 });
    board.add('production', 'production', { updatedAt: 100 });
    const { plan: withoutHistory } = dailyPlanOf(board.plain(), TODAY, { since: 2000 });
    expect(withoutHistory.suggestions.map((s) => [s.cardId, s.reasons])).toEqual([
      [moved, ['changed']],
      [touched, ['changed']],
    ]);
    expect(withoutHistory.caveats).toContain('movesApproximate');
    const { plan: withHistory } = dailyPlanOf(board.plain(), TODAY, {
      since: 2000,
      events: [
        {
          boardId: 'b1',
          cardId: moved,
          at: 4000,
          kind: 'moved',
          fromStage: 'procurement',
          toStage: 'production',
        },
        { boardId: 'b1', cardId: touched, at: 1000, kind: 'moved' },
      ],
    });
    expect(withHistory.suggestions.map((s) => [s.cardId, s.reasons])).toEqual([[moved, ['moved']]]);
  });

  it('puts a card of a deleted lane in the unsorted section instead of dropping it', () => {
    const board = orderBoard();
    const id = board.add('production', 'production', { dueDate: '2026-11-01' });
    board.removeLane(board.lane('production'));
    const { plan } = dailyPlanOf(board.plain(), TODAY);
    expect(plan.suggestions[0]).toMatchObject({ cardId: id, sectionKey: 'unsorted:b1' });
    expect(plan.sections.at(-1)!.key).toBe('unsorted:b1');
  });
});
