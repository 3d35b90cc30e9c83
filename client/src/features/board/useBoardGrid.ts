/** The grid of the current view, recomputed when the cards or the view change. */
import { useMemo, useState } from 'react';
import { isoDay } from '@orderlane/shared';
import { useBoard } from '../../store/boardStore';
import { useSessionStore } from '../../store/sessionStore';
import { createGridBuilder, type BoardGrid } from './boardGrid';
import type { BoardView } from './boardView';

export function useBoardGrid(view: BoardView): BoardGrid {
  const [build] = useState(createGridBuilder);
  const meta = useBoard((s) => s.meta);
  const loaded = useBoard((s) => s.loaded);
  const cards = useBoard((s) => s.cards);
  const layout = useBoard((s) => s.layout);
  const columns = useBoard((s) => s.columns);
  const lanes = useBoard((s) => s.lanes);
  const members = useSessionStore((s) => s.members);
  const { group, owner, customer, risk, overdue, blocked, q } = view;
  return useMemo(
    () =>
      build(
        { meta, loaded, cards, layout, columns, lanes },
        { group, owner, customer, risk, overdue, blocked, q, card: null, standup: false },
        isoDay(new Date()),
        members.map((m) => m.id),
      ),
    [
      build,
      meta,
      loaded,
      cards,
      layout,
      columns,
      lanes,
      members,
      group,
      owner,
      customer,
      risk,
      overdue,
      blocked,
      q,
    ],
  );
}
