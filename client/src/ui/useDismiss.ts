/**
 * Closes a popup (menu, dropdown) on a click outside its root or on Escape; Escape also hands
 * focus back to whatever was focused when it opened (its trigger), so a keyboard user is not
 * dropped at the top of the page. An outside click leaves focus where the click put it.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useDismiss(
  open: boolean,
  onDismiss: () => void,
  root: RefObject<HTMLElement | null>,
): void {
  // The latest callback without re-binding the listeners on every render.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      dismiss.current();
      if (opener?.isConnected) opener.focus();
    };
    const onMouseDown = (event: MouseEvent) => {
      if (root.current?.contains(event.target as Node)) return;
      dismiss.current();
    };
    document.addEventListener('mousedown', onMouseDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, root]);
}
