/** The view of a board a person is looking at; it lives in the URL so a link opens the same view. */
export const GROUPINGS = ['department', 'owner', 'customer', 'priority'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface BoardView {
  group: Grouping;
  /** A user id, or NO_OWNER for cards without an owner. */
  owner: string | null;
  customer: string | null;
  risk: boolean;
  overdue: boolean;
  blocked: boolean;
  q: string;
  card: string | null;
  standup: boolean;
}

export const NO_OWNER = '-';

/** The query parameters of each view field. */
const VIEW_PARAMS = {
  group: 'group',
  owner: 'owner',
  customer: 'customer',
  risk: 'risk',
  overdue: 'overdue',
  blocked: 'blocked',
  q: 'q',
  card: 'card',
  mode: 'mode',
} as const;

export function parseView(params: URLSearchParams): BoardView {
  const group = params.get(VIEW_PARAMS.group);
  return {
    group: (GROUPINGS as readonly string[]).includes(group ?? '')
      ? (group as Grouping)
      : 'department',
    owner: params.get(VIEW_PARAMS.owner) || null,
    customer: params.get(VIEW_PARAMS.customer) || null,
    risk: params.get(VIEW_PARAMS.risk) === '1',
    overdue: params.get(VIEW_PARAMS.overdue) === '1',
    blocked: params.get(VIEW_PARAMS.blocked) === '1',
    q: params.get(VIEW_PARAMS.q) ?? '',
    card: params.get(VIEW_PARAMS.card) || null,
    standup: params.get(VIEW_PARAMS.mode) === 'standup',
  };
}

/** Writes the view into query parameters, leaving defaults out so links stay short. */
export function writeView(params: URLSearchParams, view: BoardView): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | null) =>
    value ? next.set(key, value) : next.delete(key);
  put(VIEW_PARAMS.group, view.group === 'department' ? null : view.group);
  put(VIEW_PARAMS.owner, view.owner);
  put(VIEW_PARAMS.customer, view.customer);
  put(VIEW_PARAMS.risk, view.risk ? '1' : null);
  put(VIEW_PARAMS.overdue, view.overdue ? '1' : null);
  put(VIEW_PARAMS.blocked, view.blocked ? '1' : null);
  put(VIEW_PARAMS.q, view.q || null);
  put(VIEW_PARAMS.card, view.card);
  put(VIEW_PARAMS.mode, view.standup ? 'standup' : null);
  return next;
}

export function hasFilters(view: BoardView): boolean {
  return Boolean(
    view.owner || view.customer || view.risk || view.overdue || view.blocked || view.q.trim(),
  );
}
