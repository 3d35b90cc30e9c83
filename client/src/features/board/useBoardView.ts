/** The board view (grouping, filters, open card, standup mode) read from and written to the URL. */
import { useCallback, useMemo } from 'react';
import { replaceSearch } from '../../router/location';
import { useLocationStore } from '../../store/locationStore';
import { parseView, writeView, type BoardView } from './boardView';

export function useBoardView(): [BoardView, (patch: Partial<BoardView>) => void] {
  const search = useLocationStore((s) => s.search);
  const view = useMemo(() => parseView(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<BoardView>) => {
    const params = new URLSearchParams(window.location.search);
    const next = writeView(params, { ...parseView(params), ...patch }).toString();
    replaceSearch(next ? `?${next}` : '');
  }, []);
  return [view, update];
}
