/** CardActivityStorage on SQLite (SqliteStorage's `activity`), sharing its database handle. */
import type Database from 'better-sqlite3';
import type { CardChangeType, NotificationKind, NotificationSource } from '@orderlane/shared';
import type {
  CardActivityBatch,
  CardActivityStorage,
  CardHistoryRecord,
  CardRef,
  CommentRecord,
  NewCardHistory,
  NotificationRecord,
} from './CardActivityStorage';
import type { Row } from './sqliteRows';

const nullableStr = (v: unknown) => (v === null || v === undefined ? null : String(v));
const nullableNum = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toComment(row: Row): CommentRecord {
  return {
    id: String(row.id),
    boardId: String(row.board_id),
    cardId: String(row.card_id),
    authorId: String(row.author_id),
    body: String(row.body),
    createdAt: Number(row.created_at),
    editedAt: nullableNum(row.edited_at),
    deletedAt: nullableNum(row.deleted_at),
  };
}

function toHistory(row: Row): CardHistoryRecord {
  return {
    seq: Number(row.seq),
    boardId: String(row.board_id),
    cardId: String(row.card_id),
    type: String(row.type) as CardChangeType,
    from: nullableStr(row.from_value),
    to: nullableStr(row.to_value),
    subject: nullableStr(row.subject),
    actorId: nullableStr(row.actor_id),
    at: Number(row.at),
  };
}

function toNotification(row: Row): NotificationRecord {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    workspaceId: String(row.workspace_id),
    kind: String(row.kind) as NotificationKind,
    source: String(row.source) as NotificationSource,
    boardId: String(row.board_id),
    cardId: String(row.card_id),
    cardTitle: String(row.card_title),
    commentId: nullableStr(row.comment_id),
    actorId: nullableStr(row.actor_id),
    excerpt: String(row.excerpt),
    createdAt: Number(row.created_at),
    readAt: nullableNum(row.read_at),
  };
}

function prepare(db: Database.Database) {
  return {
    insertComment: db.prepare(
      `INSERT INTO card_comments (id, board_id, card_id, author_id, body, created_at, edited_at, deleted_at)
         VALUES (@id, @boardId, @cardId, @authorId, @body, @createdAt, @editedAt, @deletedAt)`,
    ),
    comment: db.prepare('SELECT * FROM card_comments WHERE id = ?'),
    comments: db.prepare(
      'SELECT * FROM card_comments WHERE board_id = ? AND card_id = ? ORDER BY created_at, id',
    ),
    insertHistory: db.prepare(
      `INSERT INTO card_history (board_id, card_id, type, from_value, to_value, subject, actor_id, at)
         VALUES (@boardId, @cardId, @type, @from, @to, @subject, @actorId, @at)`,
    ),
    cardHistory: db.prepare(
      'SELECT * FROM card_history WHERE board_id = ? AND card_id = ? ORDER BY at, seq',
    ),
    boardHistory: db.prepare(
      'SELECT * FROM card_history WHERE board_id = ? AND at >= ? AND at < ? ORDER BY at, seq',
    ),
    autoFollow: db.prepare(
      `INSERT OR IGNORE INTO card_follows (board_id, card_id, user_id, following, reason, updated_at)
         VALUES (?, ?, ?, 1, ?, ?)`,
    ),
    setFollow: db.prepare(
      `INSERT INTO card_follows (board_id, card_id, user_id, following, reason, updated_at)
         VALUES (?, ?, ?, ?, 'manual', ?)
         ON CONFLICT (board_id, card_id, user_id)
         DO UPDATE SET following = excluded.following, reason = 'manual', updated_at = excluded.updated_at`,
    ),
    followers: db.prepare(
      'SELECT user_id FROM card_follows WHERE board_id = ? AND card_id = ? AND following = 1 ORDER BY user_id',
    ),
    follow: db.prepare(
      'SELECT following FROM card_follows WHERE board_id = ? AND card_id = ? AND user_id = ?',
    ),
    insertNotification: db.prepare(
      `INSERT INTO notifications (id, user_id, workspace_id, kind, source, board_id, card_id,
           card_title, comment_id, actor_id, excerpt, created_at, read_at)
         VALUES (@id, @userId, @workspaceId, @kind, @source, @boardId, @cardId, @cardTitle,
           @commentId, @actorId, @excerpt, @createdAt, @readAt)`,
    ),
    notifications: db.prepare(
      `SELECT * FROM notifications WHERE user_id = ? AND workspace_id = ? AND created_at < ?
         ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    unread: db.prepare(
      'SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND workspace_id = ? AND read_at IS NULL',
    ),
    readAll: db.prepare(
      'UPDATE notifications SET read_at = ? WHERE user_id = ? AND workspace_id = ? AND read_at IS NULL',
    ),
    readOne: db.prepare(
      `UPDATE notifications SET read_at = ?
         WHERE id = ? AND user_id = ? AND workspace_id = ? AND read_at IS NULL`,
    ),
    updateComment: db.prepare(
      'UPDATE card_comments SET body = ?, edited_at = ?, deleted_at = ? WHERE id = ?',
    ),
  };
}

export class SqliteCardActivity implements CardActivityStorage {
  private readonly sql: ReturnType<typeof prepare>;

  /** Statements are prepared here: construct after the migrations ran. */
  constructor(private readonly db: Database.Database) {
    this.sql = prepare(db);
  }

  async createComment(comment: CommentRecord) {
    this.sql.insertComment.run(comment);
  }

  async getComment(id: string) {
    const row = this.sql.comment.get(id) as Row | undefined;
    return row && toComment(row);
  }

  async listComments(card: CardRef) {
    return (this.sql.comments.all(card.boardId, card.cardId) as Row[]).map(toComment);
  }

  async updateComment(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'editedAt' | 'deletedAt'>>,
  ) {
    return this.db.transaction(() => {
      const row = this.sql.comment.get(id) as Row | undefined;
      if (!row) return undefined;
      const next = { ...toComment(row), ...patch };
      this.sql.updateComment.run(next.body, next.editedAt, next.deletedAt, id);
      return next;
    })();
  }

  async appendCardHistory(entries: NewCardHistory[]): Promise<CardHistoryRecord[]> {
    return this.db.transaction(() =>
      entries.map((entry) => {
        const seq = Number(this.sql.insertHistory.run(entry).lastInsertRowid);
        return { ...entry, seq };
      }),
    )();
  }

  async listCardHistory(card: CardRef) {
    return (this.sql.cardHistory.all(card.boardId, card.cardId) as Row[]).map(toHistory);
  }

  async listBoardHistory(boardId: string, range: { since?: number; until?: number } = {}) {
    const rows = this.sql.boardHistory.all(
      boardId,
      range.since ?? Number.MIN_SAFE_INTEGER,
      range.until ?? Number.MAX_SAFE_INTEGER,
    ) as Row[];
    return rows.map(toHistory);
  }

  async autoFollow(card: CardRef, userIds: string[], reason: string, at: number) {
    this.db.transaction(() => {
      for (const userId of userIds)
        this.sql.autoFollow.run(card.boardId, card.cardId, userId, reason, at);
    })();
  }

  async setFollowing(card: CardRef, userId: string, following: boolean, at: number) {
    this.sql.setFollow.run(card.boardId, card.cardId, userId, following ? 1 : 0, at);
  }

  async listFollowers(card: CardRef) {
    const rows = this.sql.followers.all(card.boardId, card.cardId) as Row[];
    return rows.map((r) => String(r.user_id));
  }

  async isFollowing(card: CardRef, userId: string) {
    const row = this.sql.follow.get(card.boardId, card.cardId, userId) as Row | undefined;
    return row?.following === 1;
  }

  async createNotifications(notifications: NotificationRecord[]) {
    this.db.transaction(() => {
      for (const n of notifications) this.sql.insertNotification.run(n);
    })();
  }

  async recordActivity(batch: CardActivityBatch): Promise<CardHistoryRecord[]> {
    return this.db.transaction(() => {
      const stored = batch.history.map((entry) => {
        const seq = Number(this.sql.insertHistory.run(entry).lastInsertRowid);
        return { ...entry, seq };
      });
      for (const f of batch.follows)
        this.sql.autoFollow.run(f.card.boardId, f.card.cardId, f.userId, f.reason, f.at);
      for (const n of batch.notifications) this.sql.insertNotification.run(n);
      return stored;
    })();
  }

  async listNotifications(
    userId: string,
    workspaceId: string,
    page: { limit: number; before?: number },
  ) {
    const before = page.before ?? Number.MAX_SAFE_INTEGER;
    const rows = this.sql.notifications.all(userId, workspaceId, before, page.limit) as Row[];
    return rows.map(toNotification);
  }

  async countUnread(userId: string, workspaceId: string) {
    return Number((this.sql.unread.get(userId, workspaceId) as Row).n);
  }

  async markNotificationsRead(
    userId: string,
    workspaceId: string,
    ids: string[] | 'all',
    at: number,
  ) {
    if (ids === 'all') return this.sql.readAll.run(at, userId, workspaceId).changes;
    return this.db.transaction(() => {
      let changed = 0;
      for (const id of ids) changed += this.sql.readOne.run(at, id, userId, workspaceId).changes;
      return changed;
    })();
  }
}
