import type { BoardView } from './boardView';

/**
 * How many filters narrow the board besides the search text (which stays in sight on a phone):
 * the number the phone's Filters button shows so a hidden filter is never forgotten.
 */
export function activeFilterCount(view: BoardView): number {
  return [view.owner, view.customer, view.risk, view.overdue, view.blocked].filter(Boolean).length;
}
