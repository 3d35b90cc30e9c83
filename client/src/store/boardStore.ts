/**
 * The board's live data as plain objects, fed by `sync/bindBoard` (no React there). Unchanged
 * cards and cells keep their object identity across updates, so components selecting one card or
 * one cell re-render only when that card or cell changed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BoardMeta, Card, CardId, Column, Lane } from '@orderlane/shared';

export interface BoardLayoutIds {
  /** Card ids per department cell (`cellKey(columnId, laneId)`), in board order. */
  cells: Record<string, CardId[]>;
  /** Cards whose column or lane no longer exists. */
  unsorted: CardId[];
}

export interface BoardState {
  loaded: boolean;
  meta: BoardMeta;
  columns: Column[];
  lanes: Lane[];
  cards: Record<string, Card>;
  layout: BoardLayoutIds;
}

export type BoardStore = StoreApi<BoardState>;

export function emptyBoardState(): BoardState {
  return {
    loaded: false,
    meta: { title: '', kind: 'orders' },
    columns: [],
    lanes: [],
    cards: {},
    layout: { cells: {}, unsorted: [] },
  };
}

export function createBoardStore(): BoardStore {
  return createStore<BoardState>(() => emptyBoardState());
}

/** The store of the board on screen (one board at a time). */
export const boardStore = createBoardStore();

export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(boardStore, selector);
}

export const selectCard = (id: string) => (state: BoardState) => state.cards[id];
