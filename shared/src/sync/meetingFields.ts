/**
 * Defensive readers shared by the meeting document's accessors: any member's peer can write
 * anything into the document, so every field is checked and falls back rather than throws.
 */
import * as Y from 'yjs';
import type { YRecord } from './boardDoc';

export const MEETING_ROOT = {
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  actionItems: 'actionItems',
} as const;

export const meetingsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.meetings);
export const agendaItemsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.agendaItems);
export const actionItemsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.actionItems);

export const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
export const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
export const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const isoDateOrNull = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
export function oneOf<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}
/** A Y.Text's content, or a plain string some peer wrote instead. */
export const text = (v: unknown) => (v instanceof Y.Text ? v.toString() : str(v));

/** Writes the fields a patch gives; `undefined` means "leave as is", `null` clears. */
export function writePatch(map: YRecord, patch: object): void {
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
}
