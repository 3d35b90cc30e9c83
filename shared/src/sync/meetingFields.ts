/**
 * The meeting document's roots and the one write helper its accessors share. Reading is
 * docReaders.ts's (defensive: any member's peer can write anything into the document).
 */
import type * as Y from 'yjs';
import type { YRecord } from './docReaders';

export const MEETING_ROOT = {
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  actionItems: 'actionItems',
} as const;

// Typed as maps of unknown: an entry is whatever a peer wrote until `entryOf` says it is a map.
export const meetingsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.meetings);
export const agendaItemsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.agendaItems);
export const actionItemsMap = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_ROOT.actionItems);

/** Writes the fields a patch gives; `undefined` means "leave as is", `null` clears. */
export function writePatch(map: YRecord, patch: object): void {
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
}
