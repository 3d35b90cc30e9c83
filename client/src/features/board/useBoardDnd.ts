/**
 * Drag and drop on the board: mouse, touch and keyboard sensors, where the drop line goes, and the
 * drop itself (one `moveCard` transaction, plus the grouped field when rows are owners etc.).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { cellKey, type CardId, type LaneId } from '@orderlane/shared';
import { boardStore } from '../../store/boardStore';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useBoardContext } from './BoardContext';
import { rowPatch, type BoardGrid } from './boardGrid';
import { domCellId, type CellData } from './BoardCell';
import { dropIndicatorStore } from '../../store/dropIndicatorStore';
import { columnTitle } from '../../i18n/boardLabels';

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** Pointer hits first (precise for mouse and touch); the keyboard's moved rect otherwise. */
const collision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const hits = pointerWithin(args);
    if (hits.length > 0) return hits;
  }
  return rectIntersection(args);
};

function pointerOf(event: DragMoveEvent): { x: number; y: number } | null {
  const start = event.activatorEvent;
  if (start instanceof MouseEvent)
    return { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y };
  if (typeof TouchEvent !== 'undefined' && start instanceof TouchEvent && start.touches[0])
    return {
      x: start.touches[0].clientX + event.delta.x,
      y: start.touches[0].clientY + event.delta.y,
    };
  return null;
}

/** The index in a cell where the pointer is: before the first card whose middle is below it. */
function indexAt(domId: string, y: number | null, activeId: string): number {
  const element = document.querySelector(`[data-cell="${CSS.escape(domId)}"]`);
  if (!element) return -1;
  const cards = [...element.querySelectorAll<HTMLElement>('[data-card-id]')];
  const total = Number(element.getAttribute('data-count') ?? cards.length);
  if (y === null) return total;
  for (const card of cards) {
    if (card.dataset.cardId === activeId) continue;
    const rect = card.getBoundingClientRect();
    if (y < rect.top + rect.height / 2) return Number(card.dataset.index);
  }
  const last = cards.at(-1);
  return last && last.getBoundingClientRect().bottom > y ? Number(last.dataset.index) + 1 : total;
}

export function useBoardDnd(grid: BoardGrid) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { actions, awareness, rowLabel } = useBoardContext();
  const [activeId, setActiveId] = useState<string | null>(null);
  const gridRef = useRef(grid);
  useLayoutEffect(() => {
    gridRef.current = grid;
  }, [grid]);

  const coordinateGetter: KeyboardCoordinateGetter = useMemo(
    () =>
      (event, { active, context }) => {
        const step = ARROWS[event.code];
        if (!step) return undefined;
        event.preventDefault();
        const { rows, cells } = gridRef.current;
        const columns = boardStore.getState().columns;
        let current = context.over?.id as string | undefined;
        if (!current)
          current = Object.keys(cells).find((key) => cells[key]!.includes(active as CardId));
        let ci = 0;
        let ri = 0;
        let found = false;
        for (let r = 0; r < rows.length; r++)
          for (let c = 0; c < columns.length; c++)
            if (cellKey(columns[c]!.id, rows[r]!.key) === current) {
              [ci, ri, found] = [c, r, true];
            }
        // Right after pick-up the rects may not be measured yet: ask the DOM then. Rows far off
        // screen are not rendered (virtualised) and have no rect.
        const rectOf = (c: number, r: number) =>
          context.droppableRects.get(cellKey(columns[c]!.id, rows[r]!.key)) ??
          document
            .querySelector(`[data-cell="${CSS.escape(domCellId(columns[c]!.id, rows[r]!.key))}"]`)
            ?.getBoundingClientRect();
        if (!found) {
          // A card from the unsorted place (below every row) enters at the nearest rendered
          // cell: the lowest one going up, the first one otherwise.
          const order = rows.map((_, r) => r);
          if (step[1] < 0) order.reverse();
          for (const r of order) {
            const rect = rectOf(0, r);
            if (rect) return { x: rect.left + 6, y: rect.top + 6 };
          }
          return undefined;
        }
        // Walk in the arrow's direction to the next cell that is on screen (collapsed rows have
        // none).
        for (let n = 1; n < columns.length + rows.length; n++) {
          const c = ci + step[0] * n;
          const r = ri + step[1] * n;
          if (c < 0 || r < 0 || c >= columns.length || r >= rows.length) break;
          const rect = rectOf(c, r);
          if (rect) return { x: rect.left + 6, y: rect.top + 6 };
        }
        return undefined;
      },
    [],
  );

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );

  const describe = (data: CellData | undefined) => {
    if (!data) return { column: '', row: '' };
    const column = boardStore.getState().columns.find((c) => c.id === data.columnId);
    return { column: column ? columnTitle(column, locale) : '', row: rowLabel(data.row) };
  };
  const cardName = (id: string | number) => {
    const card = boardStore.getState().cards[String(id)];
    return card ? card.orderNo || card.title || t('board.card.untitled') : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.dnd.start', { card: cardName(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.dnd.over', {
            card: cardName(active.id),
            ...describe(over.data.current as CellData),
          })
        : t('board.dnd.nowhere', { card: cardName(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('board.dnd.drop', {
            card: cardName(active.id),
            ...describe(over.data.current as CellData),
          })
        : t('board.dnd.cancel', { card: cardName(active.id) }),
    onDragCancel: ({ active }) => t('board.dnd.cancel', { card: cardName(active.id) }),
  };

  const clear = () => {
    setActiveId(null);
    dropIndicatorStore.setState({ cell: null, index: -1 });
    awareness.setLocalStateField('dragging', null);
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    awareness.setLocalStateField('dragging', String(active.id));
  };

  const onDragMove = (event: DragMoveEvent) => {
    const cell = event.over ? String(event.over.id) : null;
    const data = event.over?.data.current as CellData | undefined;
    const index = data
      ? indexAt(data.domId, pointerOf(event)?.y ?? null, String(event.active.id))
      : -1;
    const now = dropIndicatorStore.getState();
    if (now.cell !== cell || now.index !== index) dropIndicatorStore.setState({ cell, index });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const { index } = dropIndicatorStore.getState();
    clear();
    if (!over) return;
    const data = over.data.current as CellData | undefined;
    const cardId = String(active.id) as CardId;
    const card = boardStore.getState().cards[cardId];
    if (!data || !card) return;
    const ids = (gridRef.current.cells[String(over.id)] ?? []).filter((id) => id !== cardId);
    // The indicator counted the dragged card if it sits above in the same cell.
    const own = (gridRef.current.cells[String(over.id)] ?? []).indexOf(cardId);
    const at = index < 0 ? ids.length : own >= 0 && own < index ? index - 1 : index;
    const beforeId = ids[at] ?? null;
    const laneId = (data.row.lane?.id ?? card.laneId) as LaneId;
    actions.moveCard(
      cardId,
      {
        columnId: data.columnId,
        laneId,
        beforeId,
        afterId: beforeId ? null : (ids.at(-1) ?? null),
      },
      rowPatch(data.row),
    );
  };

  return {
    sensors,
    collision,
    activeId,
    accessibility: {
      announcements,
      screenReaderInstructions: { draggable: t('board.dnd.instructions') },
    },
    handlers: { onDragStart, onDragMove, onDragOver: onDragMove, onDragEnd, onDragCancel: clear },
  };
}
