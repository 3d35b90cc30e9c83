/**
 * A popup's open state and the root it lives in (trigger and panel): a click outside the root
 * or Escape closes it, as useDismiss does.
 */
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from './useDismiss';

export function usePopover() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);
  return { open, setOpen, close, root };
}
