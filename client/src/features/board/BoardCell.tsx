/** One cell of the grid (a stage × a row): a drop target with its cards and a quick-add. */
import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { ColumnId, LaneId } from '@orderlane/shared';
import { useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import { useBoardContext } from './BoardContext';
import { rowPatch, type GridRow } from './boardGrid';
import { CardList } from './CardList';
import { useDropIndex } from '../../store/dropIndicatorStore';
import { QuickAdd } from './QuickAdd';

export interface CellData {
  columnId: ColumnId;
  row: GridRow;
  /** The cell's `data-cell` attribute (Yjs cell keys hold a NUL, which CSS cannot select). */
  domId: string;
}

export const domCellId = (columnId: string, rowKey: string) => `${columnId}|${rowKey}`;

interface BoardCellProps {
  id: string;
  columnId: ColumnId;
  columnName: string;
  row: GridRow;
  ids: readonly string[];
  /** Height to keep free for cards not mounted yet (see BoardRow). */
  reserve?: number;
  done: boolean;
}

export const BoardCell = memo(function BoardCell(props: BoardCellProps) {
  const { id, columnId, columnName, row, ids, reserve, done } = props;
  const t = useT();
  const { actions, rowLabel, canWrite } = useBoardContext();
  const firstLane = useBoard((s) => s.lanes[0]?.id);
  const domId = domCellId(columnId, row.key);
  const { setNodeRef, isOver } = useDroppable({
    id,
    data: { columnId, row, domId } satisfies CellData,
  });
  const dropIndex = useDropIndex(id);
  const add = (title: string) => {
    const laneId = (row.lane?.id ?? firstLane) as LaneId | undefined;
    if (laneId) actions.addCard(columnId, laneId, { title, ...rowPatch(row) });
  };
  return (
    <div
      ref={setNodeRef}
      className={`board-cell${isOver ? ' board-cell--over' : ''}`}
      data-cell={domId}
      data-column-id={columnId}
      data-row-key={row.key}
      data-count={ids.length}
      style={reserve ? { minHeight: reserve } : undefined}
    >
      <CardList ids={ids} done={done} dropIndex={dropIndex} />
      {canWrite && (
        <QuickAddSlot
          label={t('board.cell.add', { column: columnName, row: rowLabel(row) })}
          onAdd={add}
        />
      )}
    </div>
  );
});

function QuickAddSlot(props: { label: string; onAdd: (title: string) => void }) {
  return (
    <div className="quick-add">
      <QuickAdd {...props} />
    </div>
  );
}
