/** "Card deleted · Undo": a toast that puts a deleted card back, for a few seconds. */
import { useEffect } from 'react';
import { useT } from '../../i18n';
import { useToastStore } from '../../store/undoToastStore';

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
