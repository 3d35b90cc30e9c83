/** The current path and query, following `popstate`; `router/location` changes them. */
import { create } from 'zustand';

interface LocationState {
  path: string;
  search: string;
}

export function readLocation(): LocationState {
  return { path: window.location.pathname, search: window.location.search };
}

export const useLocationStore = create<LocationState>(() => readLocation());

window.addEventListener('popstate', () => useLocationStore.setState(readLocation()));
