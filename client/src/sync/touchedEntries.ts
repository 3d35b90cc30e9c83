/** Which entries of a collection (a Y.Map of Y.Maps) one transaction touched. */
import type * as Y from 'yjs';

/** The ids added, removed or replaced, and those changed inside (a field, or a text in one). */
export function touchedEntries(
  collection: Y.Map<unknown>,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === collection) {
      for (const key of event.changes.keys.keys()) ids.add(key);
      continue;
    }
    const id = event.path[0];
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}
