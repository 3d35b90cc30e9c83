/**
 * Defensive reading of a Yjs document, for every reader of the board and meeting documents, on
 * the server and in the client. Any member's peer can write anything anywhere: a number, a
 * string, null, a Y.Array or a Y.Text where an entry map belongs, or a bad value in a field.
 * Readers skip what is not an entry and read a bad field as its default; they never throw, so
 * one junk value breaks nothing for anyone else. Every field of both documents is read through
 * one of these, one reader per meaning.
 */
import * as Y from 'yjs';
import { ID_PATTERN } from '../domain/ids';

export type YRecord = Y.Map<unknown>;

/** An id as the document's collections key their entries (the same rule as URLs and SQL). */
const isDocId = (id: string): boolean => ID_PATTERN.test(id);

/** The entry under `id` if it is one (a Y.Map under a valid id), else undefined. */
export function entryOf(map: Y.Map<unknown>, id: string): YRecord | undefined {
  if (!isDocId(id)) return undefined;
  const value = map.get(id);
  return value instanceof Y.Map ? (value as YRecord) : undefined;
}

/** Only the real entries of a collection: Y.Map values under valid ids; anything else is skipped. */
export function entriesOf(map: Y.Map<unknown>): [string, YRecord][] {
  const entries: [string, YRecord][] = [];
  for (const [id, value] of map.entries())
    if (value instanceof Y.Map && isDocId(id)) entries.push([id, value as YRecord]);
  return entries;
}

/** Every real entry of a collection, each read into a plain value by `read`. */
export function readEntries<T>(map: Y.Map<unknown>, read: (id: string, entry: YRecord) => T): T[] {
  return entriesOf(map).map(([id, entry]) => read(id, entry));
}

/** The entry under `id` read into a plain value by `read`, or undefined when it is not one. */
export function readEntry<T>(
  map: Y.Map<unknown>,
  id: string,
  read: (id: string, entry: YRecord) => T,
): T | undefined {
  const entry = entryOf(map, id);
  return entry ? read(id, entry) : undefined;
}

/** A field reader over an entry, or over nothing (every field then reads as its default). */
export function recordOf(value: unknown): Pick<YRecord, 'get'> {
  return value instanceof Y.Map ? (value as YRecord) : EMPTY_RECORD;
}
const EMPTY_RECORD: Pick<YRecord, 'get'> = { get: () => undefined };

export const readString = (v: unknown, fallback = ''): string =>
  typeof v === 'string' ? v : fallback;
/** A non-empty string, else null (an id, an owner, a reference). */
export const readStringOrNull = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v : null;
/** Any string, else null (an empty string is a value: a blocked card without a reason). */
export const readAnyStringOrNull = (v: unknown): string | null =>
  typeof v === 'string' ? v : null;
/** A finite number, else null. */
export const readNumber = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
/** True only for `true` ("yes", 1 and a Y.Map are not). */
export const readBoolean = (v: unknown): boolean => v === true;
export const readIsoDate = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
/** The value if it is one of the allowed strings, else null. */
export function readOneOf<T extends string>(allowed: readonly T[], v: unknown): T | null {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}
/** The strings of an array (anything else in it is skipped); not an array reads as []. */
export const readStringList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((item): item is string => typeof item === 'string') : [];
/** A plain object's fields (a Y type, an array or a scalar some peer wrote is not one), else null. */
export function readPlainObject(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !(v instanceof Y.AbstractType) && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : null;
}
/** The Y.Text itself (for a collaborative editor), or undefined when the field is not one. */
export const readYText = (v: unknown): Y.Text | undefined => (v instanceof Y.Text ? v : undefined);
/** A Y.Text's content, or a plain string some peer wrote instead. */
export const readText = (v: unknown): string => readYText(v)?.toString() ?? readString(v);
