/**
 * The signed-in person's notifications: the newest page (and older pages on "Load more") and the
 * unread count. Filled over HTTP, kept live by the socket (`notification`,
 * `notification:unread`); reloaded on every (re)connect so someone who was offline sees
 * everything on return.
 */
import { create } from 'zustand';
import type { NotificationDto } from '@orderlane/shared';
import { activityApi } from '../api/activityApi';
import { appendOlder, nextPageBefore, NOTIFICATION_PAGE, refreshNewest } from './notificationPages';

export interface NotificationState {
  items: NotificationDto[];
  unread: number;
  loaded: boolean;
  /** Older notifications may exist beyond those shown. */
  hasMore: boolean;
  loadingMore: boolean;
  load(): Promise<void>;
  /** Appends the next older page. */
  loadMore(): Promise<void>;
  /** A notification pushed live. */
  receive(notification: NotificationDto): void;
  /** Another session marked some read. */
  setUnread(unread: number): void;
  markRead(ids: string[]): Promise<void>;
  markAllRead(): Promise<void>;
  reset(): void;
}

export const useNotificationStore = create<NotificationState>((set, get) => ({
  items: [],
  unread: 0,
  loaded: false,
  hasMore: false,
  loadingMore: false,

  async load() {
    try {
      const list = await activityApi.notifications(NOTIFICATION_PAGE);
      const items = refreshNewest(get().items, list.items, list.unread, Date.now());
      // When older ones stay shown, whether more exist is up to the oldest of them.
      const keptOlder = items.length > list.items.length;
      set({
        items,
        unread: list.unread,
        loaded: true,
        hasMore: keptOlder ? get().hasMore : list.items.length >= NOTIFICATION_PAGE,
      });
    } catch {
      // Offline: keep what is shown; the next connect loads again.
    }
  },

  async loadMore() {
    const { items, loadingMore } = get();
    const before = nextPageBefore(items);
    if (loadingMore || before === undefined) return;
    set({ loadingMore: true });
    try {
      const list = await activityApi.notifications(NOTIFICATION_PAGE, before);
      const next = appendOlder(get().items, list.items);
      set({ items: next.items, hasMore: next.more, unread: list.unread });
    } catch {
      // Offline: the button stays; trying again later works.
    } finally {
      set({ loadingMore: false });
    }
  },

  receive(notification) {
    const { items, unread } = get();
    if (items.some((n) => n.id === notification.id)) return;
    set({
      items: [notification, ...items],
      unread: notification.readAt === null ? unread + 1 : unread,
    });
  },

  setUnread(unread) {
    set({ unread });
    // Which ones another tab read is not in the event: refresh the list to show them read.
    void get().load();
  },

  async markRead(ids) {
    const fresh = ids.filter((id) => get().items.some((n) => n.id === id && n.readAt === null));
    if (fresh.length === 0) return;
    const now = Date.now();
    set({
      items: get().items.map((n) => (fresh.includes(n.id) ? { ...n, readAt: now } : n)),
      unread: Math.max(0, get().unread - fresh.length),
    });
    try {
      const { unread } = await activityApi.markRead({ ids: fresh });
      set({ unread });
    } catch {
      void get().load();
    }
  },

  async markAllRead() {
    const now = Date.now();
    set({ items: get().items.map((n) => (n.readAt ? n : { ...n, readAt: now })), unread: 0 });
    try {
      const { unread } = await activityApi.markRead({ all: true });
      set({ unread });
    } catch {
      void get().load();
    }
  },

  reset() {
    set({ items: [], unread: 0, loaded: false, hasMore: false, loadingMore: false });
  },
}));
