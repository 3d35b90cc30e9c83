/**
 * The grid on screen: rows for the chosen grouping, and the card ids of every (column, row) cell
 * after the filters. Department rows are the lanes and reuse the store's layout; other groupings
 * are views over card fields. Cells that did not change keep their array identity.
 */
import {
  PRIORITIES,
  cellKey,
  compareByPosition,
  dueState,
  isClosedStage,
  type Card,
  type CardId,
  type CardPatch,
  type Lane,
} from '@orderlane/shared';
import type { BoardState } from '../../store/boardStore';
import { NO_OWNER, hasFilters, type BoardView, type Grouping } from './boardView';

export interface GridRow {
  key: string;
  kind: Grouping;
  /** The lane of a department row. */
  lane?: Lane;
  /** The grouped value (owner id, customer, priority); null = "none". */
  value: string | null;
}

export interface BoardGrid {
  rows: GridRow[];
  cells: Record<string, CardId[]>;
  unsorted: CardId[];
  /** Cards per column before filtering (WIP limits count every card). */
  columnTotals: Record<string, number>;
}

const EMPTY: CardId[] = [];
const NONE_KEY = '∅';

export function cardMatches(card: Card, view: BoardView, today: string, done: boolean): boolean {
  if (view.owner && (card.ownerId ?? NO_OWNER) !== view.owner) return false;
  if (view.customer && card.customer !== view.customer) return false;
  if (view.risk && card.risks.length === 0) return false;
  if (view.overdue && dueState(card.dueDate, today, { done }) !== 'overdue') return false;
  if (view.blocked && card.blocked === null) return false;
  const q = view.q.trim().toLowerCase();
  if (q) {
    const text = [card.title, card.orderNo, card.customer, card.product].join(' ').toLowerCase();
    if (!text.includes(q)) return false;
  }
  return true;
}

function groupValue(card: Card, group: Grouping): string | null {
  if (group === 'owner') return card.ownerId;
  if (group === 'customer') return card.customer.trim() || null;
  if (group === 'priority') return card.priority;
  return card.laneId;
}

/** What a drop into a row writes besides the cell: the grouped field. */
export function rowPatch(row: GridRow): CardPatch | undefined {
  if (row.kind === 'owner') return { ownerId: row.value };
  if (row.kind === 'customer') return { customer: row.value ?? '' };
  if (row.kind === 'priority') return { priority: (row.value ?? 'normal') as Card['priority'] };
  return undefined;
}

function rowsFor(state: BoardState, group: Grouping, memberIds: readonly string[]): GridRow[] {
  if (group === 'department')
    return state.lanes.map((lane) => ({ key: lane.id, kind: group, lane, value: lane.id }));
  if (group === 'priority')
    return [...PRIORITIES].reverse().map((p) => ({ key: p, kind: group, value: p }));
  const values = new Set<string>(group === 'owner' ? memberIds : []);
  for (const card of Object.values(state.cards)) {
    const value = groupValue(card, group);
    if (value) values.add(value);
  }
  const sorted = [...values];
  if (group === 'customer') sorted.sort((a, b) => a.localeCompare(b));
  return [
    ...sorted.map((value) => ({ key: value, kind: group, value })),
    { key: NONE_KEY, kind: group, value: null },
  ];
}

function same(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

export function buildGrid(
  state: BoardState,
  view: BoardView,
  today: string,
  memberIds: readonly string[],
  previous?: BoardGrid,
): BoardGrid {
  // Rows keep their identity too: memoised cells take the row as a prop.
  const previousRows = new Map(previous?.rows.map((r) => [r.key, r]));
  const rows = rowsFor(state, view.group, memberIds).map((row) => {
    const old = previousRows.get(row.key);
    return old && old.kind === row.kind && old.lane === row.lane && old.value === row.value
      ? old
      : row;
  });
  const columnIds = new Set(state.columns.map((c) => c.id));
  const doneColumns = new Set(state.columns.filter((c) => isClosedStage(c.stage)).map((c) => c.id));
  const filtering = hasFilters(view);
  const keep = (id: CardId) => {
    const card = state.cards[id];
    return !!card && cardMatches(card, view, today, doneColumns.has(card.columnId));
  };
  const columnTotals: Record<string, number> = {};
  for (const card of Object.values(state.cards)) {
    if (columnIds.has(card.columnId))
      columnTotals[card.columnId] = (columnTotals[card.columnId] ?? 0) + 1;
  }

  const cells: Record<string, CardId[]> = {};
  let unsorted: CardId[];
  if (view.group === 'department') {
    for (const [key, ids] of Object.entries(state.layout.cells))
      cells[key] = filtering ? ids.filter(keep) : ids;
    unsorted = filtering ? state.layout.unsorted.filter(keep) : state.layout.unsorted;
  } else {
    const rowKeys = new Map(rows.map((r) => [r.value, r.key]));
    const grouped: Record<string, Card[]> = {};
    const lost: Card[] = [];
    for (const card of Object.values(state.cards)) {
      if (!keep(card.id)) continue;
      if (!columnIds.has(card.columnId)) {
        lost.push(card);
        continue;
      }
      const rowKey = rowKeys.get(groupValue(card, view.group)) ?? NONE_KEY;
      (grouped[cellKey(card.columnId, rowKey)] ??= []).push(card);
    }
    for (const [key, list] of Object.entries(grouped))
      cells[key] = list.sort(compareByPosition).map((c) => c.id);
    unsorted = lost.sort(compareByPosition).map((c) => c.id);
  }
  for (const [key, ids] of Object.entries(cells)) {
    const old = previous?.cells[key];
    if (same(old, ids)) cells[key] = old!;
  }
  if (previous && same(previous.unsorted, unsorted)) unsorted = previous.unsorted;
  return { rows, cells, unsorted, columnTotals };
}

export function gridCell(grid: BoardGrid, columnId: string, rowKey: string): CardId[] {
  return grid.cells[cellKey(columnId, rowKey)] ?? EMPTY;
}

/** A `buildGrid` that remembers its last grid, so unchanged cells keep their arrays. */
export function createGridBuilder() {
  let previous: BoardGrid | undefined;
  return (state: BoardState, view: BoardView, today: string, memberIds: readonly string[]) => {
    previous = buildGrid(state, view, today, memberIds, previous);
    return previous;
  };
}
