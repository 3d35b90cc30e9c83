/**
 * The open card's timeline: comments and recorded changes merged, and whether the person follows
 * the card. One card at a time (the panel shows one); live socket events for other cards are
 * ignored, the next open fetches them.
 */
import { create } from 'zustand';
import {
  compareTimelineItems,
  upsertTimelineComment,
  type CardHistoryEntryDto,
  type CommentDto,
  type TimelineItem,
} from '@orderlane/shared';
import { activityApi } from '../api/activityApi';

export interface ActivityState {
  boardId: string | null;
  cardId: string | null;
  items: TimelineItem[];
  following: boolean;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  open(boardId: string, cardId: string): Promise<void>;
  close(cardId: string): void;
  /** A comment created, edited or deleted (by this tab's request or a live event). */
  applyComment(comment: CommentDto): void;
  applyHistory(entries: readonly CardHistoryEntryDto[]): void;
  setFollowing(following: boolean): Promise<void>;
}

const EMPTY: Pick<ActivityState, 'boardId' | 'cardId' | 'items' | 'following' | 'status'> = {
  boardId: null,
  cardId: null,
  items: [],
  following: false,
  status: 'idle',
};

export const useActivityStore = create<ActivityState>((set, get) => ({
  ...EMPTY,

  async open(boardId, cardId) {
    const { boardId: shownBoard, cardId: shownCard, status } = get();
    // Reloading the card already shown (after a reconnect) keeps it on screen meanwhile.
    if (shownBoard !== boardId || shownCard !== cardId || status !== 'ready') {
      set({ boardId, cardId, items: [], following: false, status: 'loading' });
    }
    try {
      const timeline = await activityApi.history(boardId, cardId);
      if (get().cardId !== cardId || get().boardId !== boardId) return;
      // Live events that arrived while loading are folded in, not lost.
      let items = timeline.items;
      const version = (c: CommentDto) => Math.max(c.createdAt, c.editedAt ?? 0, c.deletedAt ?? 0);
      for (const item of get().items) {
        if (item.kind !== 'comment') continue;
        const fresh = items.find((i) => i.kind === 'comment' && i.comment.id === item.comment.id);
        if (fresh?.kind === 'comment' && version(fresh.comment) >= version(item.comment)) continue;
        items = upsertTimelineComment(items, item.comment);
      }
      set({ items, following: timeline.following, status: 'ready' });
    } catch {
      if (get().cardId === cardId) set({ status: 'failed' });
    }
  },

  close(cardId) {
    if (get().cardId === cardId) set({ ...EMPTY });
  },

  applyComment(comment) {
    const { boardId, cardId, items } = get();
    if (comment.boardId !== boardId || comment.cardId !== cardId) return;
    set({ items: upsertTimelineComment(items, comment) });
  },

  applyHistory(entries) {
    const { boardId, cardId, items } = get();
    const known = new Set(items.flatMap((i) => (i.kind === 'change' ? [i.change.id] : [])));
    const fresh = entries.filter(
      (e) => e.boardId === boardId && e.cardId === cardId && !known.has(e.id),
    );
    if (fresh.length === 0) return;
    const added: TimelineItem[] = fresh.map((change) => ({
      kind: 'change',
      at: change.at,
      change,
    }));
    // Changes are recorded as they happen: appending keeps the order, a sort makes it certain.
    set({ items: [...items, ...added].sort(compareTimelineItems) });
  },

  async setFollowing(following) {
    const { boardId, cardId } = get();
    if (!boardId || !cardId) return;
    set({ following });
    try {
      const result = await activityApi.follow(boardId, cardId, following);
      if (get().cardId === cardId) set({ following: result.following });
    } catch {
      if (get().cardId === cardId) set({ following: !following });
    }
  },
}));
