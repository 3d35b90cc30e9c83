/** One query-string parameter as React state, so a link opens the same view of a board. */
import { useCallback } from 'react';
import { replaceSearch } from './location';
import { useLocationStore } from '../store/locationStore';

export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const value = useLocationStore((s) => new URLSearchParams(s.search).get(name));
  const setValue = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(window.location.search);
      if (next === null || next === '') params.delete(name);
      else params.set(name, next);
      const search = params.toString();
      replaceSearch(search ? `?${search}` : '');
    },
    [name],
  );
  return [value, setValue];
}
