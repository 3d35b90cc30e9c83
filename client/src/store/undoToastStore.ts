/** The "Card deleted · Undo" toast on screen, if any: what it says and how to put the card back. */
import { create } from 'zustand';

interface ToastState {
  toast: { id: number; message: string; undo: () => void } | null;
  show: (message: string, undo: () => void) => void;
  dismiss: () => void;
}

let next = 0;
export const useToastStore = create<ToastState>((set) => ({
  toast: null,
  show: (message, undo) => set({ toast: { id: ++next, message, undo } }),
  dismiss: () => set({ toast: null }),
}));
