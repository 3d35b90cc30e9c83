/** Where a dragged card would land: one cell and an index in it. Cells select only their own. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface DropIndicator {
  cell: string | null;
  index: number;
}

export const dropIndicatorStore = createStore<DropIndicator>(() => ({ cell: null, index: -1 }));

export function useDropIndex(cell: string): number {
  return useStore(dropIndicatorStore, (s) => (s.cell === cell ? s.index : -1));
}
