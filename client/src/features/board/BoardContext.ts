/** What every part of an open board needs besides the stores: the writes and the awareness. */
import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardActions } from '../../sync/boardActions';
import type { BoardView } from './boardView';
import type { GridRow } from './boardGrid';

export interface BoardContextValue {
  actions: BoardActions;
  awareness: Awareness;
  view: BoardView;
  setView: (patch: Partial<BoardView>) => void;
  /** The display name of a row of the current grouping. */
  rowLabel: (row: GridRow) => string;
  canWrite: boolean;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext outside a board');
  return value;
}
