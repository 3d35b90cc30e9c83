/**
 * A tiny history-API router: the current path and query live in a store (`store/locationStore`);
 * `navigate` pushes a new entry. Enough for four screens, no dependency.
 */
import { readLocation, useLocationStore } from '../store/locationStore';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  useLocationStore.setState(readLocation());
  if (!options.replace) window.scrollTo(0, 0);
}

/** Replaces the query string of the current entry (view state such as filters). */
export function replaceSearch(search: string): void {
  const url = window.location.pathname + (search && search !== '?' ? search : '');
  window.history.replaceState(window.history.state, '', url + window.location.hash);
  useLocationStore.setState(readLocation());
}
