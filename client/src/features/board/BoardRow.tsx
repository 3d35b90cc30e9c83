/**
 * One row of the grid: its header and a cell per stage. A row's cards mount only once the row
 * comes near the screen (then stay), so a board of thousands of cards opens quickly; until then
 * its cells keep their drop targets and reserve roughly the room their cards will take.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { cellKey, isClosedStage, type CardId, type Column, type Locale } from '@orderlane/shared';
import { useBoardContext } from './BoardContext';
import { BoardCell } from './BoardCell';
import { LaneHeader } from './LaneHeader';
import type { GridRow } from './boardGrid';
import { columnTitle } from '../../i18n/boardLabels';

/** How far outside the screen a row starts mounting its cards. */
const MOUNT_MARGIN = '800px';

function useNearScreen(): [React.RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${MOUNT_MARGIN} ${MOUNT_MARGIN}` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

interface BoardRowProps {
  row: GridRow;
  columns: Column[];
  cells: CardId[][];
  locale: Locale;
  collapsed: boolean;
  onToggle: (key: string) => void;
}

const NONE: CardId[] = [];

export const BoardRow = memo(function BoardRow(props: BoardRowProps) {
  const { row, columns, cells, locale, collapsed, onToggle } = props;
  const { rowLabel } = useBoardContext();
  const [ref, near] = useNearScreen();
  const name = rowLabel(row);
  const count = cells.reduce((sum, ids) => sum + ids.length, 0);
  return (
    <div className="board-row" role="row" data-row-key={row.key}>
      <div ref={ref} className="row-header" role="rowheader" data-row-key={row.key}>
        <LaneHeader
          row={row}
          name={name}
          count={count}
          locale={locale}
          collapsed={collapsed}
          onToggle={onToggle}
        />
      </div>
      {!collapsed &&
        columns.map((column, i) => (
          <BoardCell
            key={column.id}
            id={cellKey(column.id, row.key)}
            columnId={column.id}
            columnName={columnTitle(column, locale)}
            row={row}
            ids={near ? cells[i]! : NONE}
            reserve={near ? 0 : Math.min(cells[i]!.length * 84, 560)}
            done={isClosedStage(column.stage)}
          />
        ))}
    </div>
  );
});
