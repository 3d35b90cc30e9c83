import { describe, expect, it } from 'vitest';
import type { NotificationDto } from '@orderlane/shared';
import { appendOlder, nextPageBefore, refreshNewest } from './notificationPages';

const n = (id: string, createdAt: number, readAt: number | null = null): NotificationDto => ({
  id,
  kind: 'mention',
  source: 'comment',
  boardId: 'b1',
  cardId: 'c1',
  cardTitle: 'Mugs',
  commentId: null,
  actorId: 'u1',
  actorName: 'Max',
  excerpt: '',
  createdAt,
  readAt,
});
const ids = (items: NotificationDto[]) => items.map((i) => i.id);

describe('notification pages', () => {
  it('asks for the next page from the oldest shown time, inclusive', () => {
    expect(nextPageBefore([])).toBeUndefined();
    expect(nextPageBefore([n('a', 30), n('b', 20)])).toBe(21);
  });

  it('appends an older page without repeating what shares the boundary time', () => {
    const next = appendOlder([n('a', 30), n('b', 20)], [n('b', 20), n('c', 20), n('d', 10)], 3);
    expect(ids(next.items)).toEqual(['a', 'b', 'c', 'd']);
    expect(next.more).toBe(true);
  });

  it('offers no more after a short page or a page with nothing new', () => {
    expect(appendOlder([n('a', 30)], [n('b', 20)], 3).more).toBe(false);
    expect(appendOlder([n('a', 30), n('b', 30)], [n('a', 30), n('b', 30)], 2).more).toBe(false);
  });

  it('reloads the newest page and keeps the older pages behind it', () => {
    const shown = [n('b', 30), n('c', 20), n('d', 10)];
    const items = refreshNewest(shown, [n('a', 40), n('b', 30, 35)], 1, 99, 2);
    expect(ids(items)).toEqual(['a', 'b', 'c', 'd']);
    expect(items[1]!.readAt).toBe(35);
    expect(items[2]!.readAt).toBeNull();
  });

  it('keeps only a full newest page that shares nothing with what is shown (a gap)', () => {
    const items = refreshNewest([n('c', 20), n('d', 10)], [n('a', 40), n('b', 30)], 2, 99, 2);
    expect(ids(items)).toEqual(['a', 'b']);
  });

  it('shows older pages read once nothing is unread (read in another tab)', () => {
    const items = refreshNewest([n('b', 30), n('c', 20)], [n('b', 30, 50)], 0, 99, 2);
    expect(items.map((i) => i.readAt)).toEqual([50, 99]);
  });
});
