/** Who else is on the board and what they are dragging or editing (Yjs awareness, as plain data). */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface BoardPeer {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  dragging: string | null;
  editing: string | null;
}

export interface BoardPresenceState {
  /** Other clients on this board (this tab excluded). */
  peers: BoardPeer[];
  /** cardId → the peers dragging or editing it. */
  busy: Record<string, BoardPeer[]>;
}

export const boardPresenceStore = createStore<BoardPresenceState>(() => ({ peers: [], busy: {} }));

export function useBoardPresence<T>(selector: (state: BoardPresenceState) => T): T {
  return useStore(boardPresenceStore, selector);
}

const NOBODY: BoardPeer[] = [];
export const selectBusy = (cardId: string) => (state: BoardPresenceState) =>
  state.busy[cardId] ?? NOBODY;
