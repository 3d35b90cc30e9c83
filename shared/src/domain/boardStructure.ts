/**
 * The rules of a board's structure, its columns (stages) and lanes (departments): what a valid
 * title and WIP limit are. The edits themselves are commands on the document
 * (sync/boardCommands.ts).
 */

export const STRUCTURE_TITLE_MAX = 60;
const WIP_LIMIT_MAX = 999;

/** The title to store, trimmed, or null when it is empty or longer than 60 characters. */
export function cleanStructureTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = raw.trim();
  return title.length >= 1 && [...title].length <= STRUCTURE_TITLE_MAX ? title : null;
}

/** A WIP limit is a whole number from 1 to 999. */
export function isValidWipLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= WIP_LIMIT_MAX;
}

/**
 * What the person typed into a WIP limit field: a limit, `null` for "no limit" (empty), or
 * `undefined` when it is not a valid limit.
 */
export function parseWipLimitInput(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return isValidWipLimit(value) ? value : undefined;
}

export type StructureKind = 'column' | 'lane';
