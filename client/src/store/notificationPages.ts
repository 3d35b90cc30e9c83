/**
 * How pages of notifications join up. The server pages by time (`before`: strictly older than),
 * so the next page asks from the oldest shown time inclusive (`+ 1`) and drops what is already
 * shown: two notifications made in the same millisecond are never skipped at a page boundary.
 */
import type { NotificationDto } from '@orderlane/shared';

export const NOTIFICATION_PAGE = 50;

/** The `before` for the page after `items` (newest first), or undefined when nothing is shown. */
export function nextPageBefore(items: readonly NotificationDto[]): number | undefined {
  const oldest = items[items.length - 1];
  return oldest ? oldest.createdAt + 1 : undefined;
}

/** `items` followed by the older page, without repeats; `more` says whether to offer another. */
export function appendOlder(
  items: readonly NotificationDto[],
  page: readonly NotificationDto[],
  pageSize = NOTIFICATION_PAGE,
): { items: NotificationDto[]; more: boolean } {
  const shown = new Set(items.map((n) => n.id));
  const fresh = page.filter((n) => !shown.has(n.id));
  return { items: [...items, ...fresh], more: page.length >= pageSize && fresh.length > 0 };
}

/**
 * The newest page, reloaded, in front of the older pages already shown. When nothing is unread
 * any more (read in another tab), the older ones are shown read too. A full newest page that
 * shares nothing with what is shown (a long time offline) may leave a gap: then only it is kept.
 */
export function refreshNewest(
  items: readonly NotificationDto[],
  newest: readonly NotificationDto[],
  unread: number,
  now: number,
  pageSize = NOTIFICATION_PAGE,
): NotificationDto[] {
  const oldestNew = newest[newest.length - 1];
  if (!oldestNew) return [...newest];
  const ids = new Set(newest.map((n) => n.id));
  if (newest.length >= pageSize && !items.some((n) => ids.has(n.id))) return [...newest];
  const older = items.filter((n) => !ids.has(n.id) && n.createdAt <= oldestNew.createdAt);
  return [...newest, ...older.map((n) => (unread === 0 && !n.readAt ? { ...n, readAt: now } : n))];
}
