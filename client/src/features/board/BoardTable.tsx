/**
 * The board grid: stages as columns (sticky headers), rows of the chosen grouping (sticky,
 * collapsible headers), one drop target per cell, and the unsorted place. Scrolls both ways.
 */
import { useCallback, useState } from 'react';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { isClosedStage, type CardId, type Column } from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useBoard } from '../../store/boardStore';
import { BoardRow } from './BoardRow';
import { CardFace } from './CardFace';
import { CardList } from './CardList';
import { ColumnHeader } from './ColumnHeader';
import { gridCell, type BoardGrid } from './boardGrid';
import { useBoardDnd } from './useBoardDnd';

function DragPreview({ cardId, done }: { cardId: string; done: boolean }) {
  const card = useBoard((s) => s.cards[cardId]);
  if (!card) return null;
  return (
    <div className="order-card order-card--overlay">
      <CardFace card={card} done={done} />
    </div>
  );
}

export function BoardTable({ grid }: { grid: BoardGrid }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const columns = useBoard((s) => s.columns);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const dnd = useBoardDnd(grid);
  const activeCard = useBoard((s) => (dnd.activeId ? s.cards[dnd.activeId] : undefined));
  const isDone = (column: Column | undefined) => isClosedStage(column?.stage);
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((old) => {
        const next = new Set(old);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={dnd.collision}
      accessibility={dnd.accessibility}
      {...dnd.handlers}
    >
      <div className="board-scroll" data-testid="board-scroll">
        <div
          className="lane-grid"
          role="grid"
          style={{ gridTemplateColumns: `repeat(${columns.length}, var(--board-column-width))` }}
        >
          {columns.map((column) => (
            <ColumnHeader
              key={column.id}
              column={column}
              total={grid.columnTotals[column.id] ?? 0}
            />
          ))}
          {grid.rows.map((row) => (
            <BoardRow
              key={row.key}
              row={row}
              columns={columns}
              cells={columns.map((column) => gridCell(grid, column.id, row.key))}
              locale={locale}
              collapsed={collapsed.has(row.key)}
              onToggle={toggle}
            />
          ))}
        </div>
        {grid.unsorted.length > 0 && (
          <section className="unsorted" aria-label={t('board.unsorted')}>
            <h2 className="unsorted__title">
              {t('board.unsorted')} · {formatNumber(locale, grid.unsorted.length)}
            </h2>
            <p className="unsorted__hint">{t('board.unsorted.hint')}</p>
            <CardList ids={grid.unsorted as CardId[]} done={false} dropIndex={-1} />
          </section>
        )}
      </div>
      <DragOverlay dropAnimation={null}>
        {dnd.activeId && activeCard ? (
          <DragPreview
            cardId={dnd.activeId}
            done={isDone(columns.find((c) => c.id === activeCard.columnId))}
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
