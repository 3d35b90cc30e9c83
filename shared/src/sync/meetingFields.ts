/**
 * The meeting document's roots and the write helpers its accessors share. Reading is
 * docReaders.ts's (defensive: any member's peer can write anything into the document).
 */
import * as Y from 'yjs';
import { entryOf, type YRecord } from './docReaders';

export const MEETING_ROOT = {
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  actionItems: 'actionItems',
} as const;

// Typed as maps of unknown: an entry is whatever a peer wrote until `entryOf` says it is a map.
export const meetingsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.meetings);
export const agendaItemsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.agendaItems);
export const actionItemsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.actionItems);

/** Creates the entry under `id` holding `fields` (written in their order), in one transaction. */
export function addEntry(
  doc: Y.Doc,
  collection: Y.Map<unknown>,
  id: string,
  fields: Record<string, unknown>,
): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    collection.set(id, map);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
}

/**
 * Writes the fields a patch gives into the entry under `id` (`undefined` means "leave as is",
 * `null` clears), then `also`, in one transaction. False when there is no such entry.
 */
export function patchEntry(
  doc: Y.Doc,
  collection: Y.Map<unknown>,
  id: string,
  patch: object,
  also?: (entry: YRecord) => void,
): boolean {
  const map = entryOf(collection, id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
    also?.(map);
  });
  return true;
}
