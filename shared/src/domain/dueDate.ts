/** Due-date rules shared by the board, the meeting agenda and the KPIs. */

/** The local calendar date of `now` as YYYY-MM-DD (the team's own day, not UTC's). */
export function isoDay(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days));
}

export type DueState = 'none' | 'overdue' | 'today' | 'soon' | 'later';

/** Overdue: before today. Soon: within `soonDays` after today. Done cards are never overdue. */
export function dueState(
  dueDate: string | null,
  today: string,
  options: { done?: boolean; soonDays?: number } = {},
): DueState {
  if (!dueDate || options.done) return 'none';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  if (dueDate <= addDays(today, options.soonDays ?? 2)) return 'soon';
  return 'later';
}
