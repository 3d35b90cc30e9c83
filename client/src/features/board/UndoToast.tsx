/** "Card deleted · Undo": a toast that puts a deleted card back, for a few seconds. */
import { useEffect } from 'react';
import { create } from 'zustand';
import { useT } from '../../i18n';

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

const VISIBLE_MS = 8000;

export function UndoToast() {
  const t = useT();
  const toast = useToastStore((s) => s.toast);
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  if (!toast) return null;
  return (
    <div className="undo-toast" role="status">
      <span>{toast.message}</span>
      <button
        type="button"
        className="undo-toast__undo"
        onClick={() => {
          toast.undo();
          dismiss();
        }}
      >
        {t('board.panel.restore')}
      </button>
    </div>
  );
}
