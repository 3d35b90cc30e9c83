/** CardActivityStorage in memory (MemoryStorage's `activity`): same contract as SQLite. */
import type {
  CardActivityBatch,
  CardActivityStorage,
  CardHistoryRecord,
  CardRef,
  CommentRecord,
  NewCardHistory,
  NotificationRecord,
} from './CardActivityStorage';

const copy = <T extends object>(value: T): T => structuredClone(value);
const cardKey = (card: CardRef) => `${card.boardId}\u0000${card.cardId}`;

export class MemoryCardActivity implements CardActivityStorage {
  private comments = new Map<string, CommentRecord>();
  private history: CardHistoryRecord[] = [];
  private seq = 0;
  /** card key → user id → following */
  private follows = new Map<string, Map<string, boolean>>();
  private notifications = new Map<string, NotificationRecord>();

  async createComment(comment: CommentRecord) {
    if (this.comments.has(comment.id)) throw new Error('duplicate comment id');
    this.comments.set(comment.id, copy(comment));
  }

  async getComment(id: string) {
    const comment = this.comments.get(id);
    return comment && copy(comment);
  }

  async listComments(card: CardRef) {
    return [...this.comments.values()]
      .filter((c) => c.boardId === card.boardId && c.cardId === card.cardId)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map(copy);
  }

  async updateComment(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'editedAt' | 'deletedAt'>>,
  ) {
    const comment = this.comments.get(id);
    if (!comment) return undefined;
    Object.assign(comment, patch);
    return copy(comment);
  }

  async appendCardHistory(entries: NewCardHistory[]) {
    const stored = entries.map((entry) => ({ ...copy(entry), seq: ++this.seq }));
    this.history.push(...stored);
    return stored.map(copy);
  }

  async listCardHistory(card: CardRef) {
    return this.history
      .filter((h) => h.boardId === card.boardId && h.cardId === card.cardId)
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map(copy);
  }

  async listBoardHistory(boardId: string, range: { since?: number; until?: number } = {}) {
    return this.history
      .filter(
        (h) =>
          h.boardId === boardId &&
          (range.since === undefined || h.at >= range.since) &&
          (range.until === undefined || h.at < range.until),
      )
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map(copy);
  }

  private followsOf(card: CardRef): Map<string, boolean> {
    let map = this.follows.get(cardKey(card));
    if (!map) this.follows.set(cardKey(card), (map = new Map()));
    return map;
  }

  async autoFollow(card: CardRef, userIds: string[]) {
    const map = this.followsOf(card);
    for (const userId of userIds) if (!map.has(userId)) map.set(userId, true);
  }

  async setFollowing(card: CardRef, userId: string, following: boolean) {
    this.followsOf(card).set(userId, following);
  }

  async listFollowers(card: CardRef) {
    return [...this.followsOf(card)]
      .filter(([, on]) => on)
      .map(([id]) => id)
      .sort();
  }

  async isFollowing(card: CardRef, userId: string) {
    return this.followsOf(card).get(userId) === true;
  }

  async createNotifications(notifications: NotificationRecord[]) {
    for (const n of notifications) this.notifications.set(n.id, copy(n));
  }

  async recordActivity(batch: CardActivityBatch) {
    // All or nothing, like the SQL transaction: refuse a duplicate id before writing anything.
    const ids = new Set<string>();
    for (const n of batch.notifications) {
      if (this.notifications.has(n.id) || ids.has(n.id))
        throw new Error('duplicate notification id');
      ids.add(n.id);
    }
    const stored = await this.appendCardHistory(batch.history);
    for (const f of batch.follows) await this.autoFollow(f.card, [f.userId]);
    await this.createNotifications(batch.notifications);
    return stored;
  }

  private mine(userId: string, workspaceId: string) {
    return [...this.notifications.values()].filter(
      (n) => n.userId === userId && n.workspaceId === workspaceId,
    );
  }

  async listNotifications(
    userId: string,
    workspaceId: string,
    page: { limit: number; before?: number },
  ) {
    return this.mine(userId, workspaceId)
      .filter((n) => page.before === undefined || n.createdAt < page.before)
      .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id))
      .slice(0, page.limit)
      .map(copy);
  }

  async countUnread(userId: string, workspaceId: string) {
    return this.mine(userId, workspaceId).filter((n) => n.readAt === null).length;
  }

  async markNotificationsRead(
    userId: string,
    workspaceId: string,
    ids: string[] | 'all',
    at: number,
  ) {
    const wanted = ids === 'all' ? undefined : new Set(ids);
    let changed = 0;
    for (const n of this.mine(userId, workspaceId)) {
      if (n.readAt !== null || (wanted && !wanted.has(n.id))) continue;
      this.notifications.get(n.id)!.readAt = at;
      changed++;
    }
    return changed;
  }
}
