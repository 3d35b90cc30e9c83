/**
 * The SQLite schema as an append-only list of migrations: migration i brings the schema from
 * version i to i + 1. Never edit a shipped migration; add the next one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE members (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    access TEXT NOT NULL,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX members_by_user ON members(user_id, joined_at);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_by_expiry ON sessions(expires_at);
  CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    access TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    cadence TEXT,
    source_board_ids TEXT NOT NULL DEFAULT '[]',
    archived INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX boards_by_workspace ON boards(workspace_id, created_at);
  -- A board's document: the latest snapshot (covering updates up to seq) ...
  CREATE TABLE board_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
    data BLOB,
    seq INTEGER NOT NULL DEFAULT 0
  );
  -- ... and the Yjs updates appended after it, in order.
  CREATE TABLE board_updates (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (board_id, seq)
  ) WITHOUT ROWID;
  `,
  // Card activity: comments, card history (KPI source), follows, notifications.
  `
  CREATE TABLE card_comments (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    edited_at INTEGER,
    deleted_at INTEGER
  );
  CREATE INDEX card_comments_by_card ON card_comments(board_id, card_id, created_at);
  -- Every meaningful change of a card, for its timeline and for KPIs (time in stage, hand-offs).
  CREATE TABLE card_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    type TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT,
    subject TEXT,
    actor_id TEXT,
    at INTEGER NOT NULL
  );
  CREATE INDEX card_history_by_card ON card_history(board_id, card_id, at);
  CREATE INDEX card_history_by_board_time ON card_history(board_id, at);
  CREATE INDEX card_history_by_type_time ON card_history(board_id, type, at);
  -- following = 0 is an explicit unfollow: automatic follows do not override it.
  CREATE TABLE card_follows (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    following INTEGER NOT NULL,
    reason TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, card_id, user_id)
  ) WITHOUT ROWID;
  CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    card_title TEXT NOT NULL,
    comment_id TEXT,
    actor_id TEXT,
    excerpt TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
  );
  CREATE INDEX notifications_by_user ON notifications(user_id, workspace_id, created_at);
  CREATE INDEX notifications_unread ON notifications(user_id, workspace_id) WHERE read_at IS NULL;
`,
  // Meeting minutes, frozen when a meeting ends; rows are insert-only.
  `
  CREATE TABLE meeting_minutes (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    date TEXT NOT NULL,
    minutes_json TEXT NOT NULL,
    frozen_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, meeting_id)
  );
  `,
  // Meeting runs: the server-owned state of a meeting, out of the client-writable
  // document. Attendance apart, so two arrivals at once both count (INSERT OR IGNORE).
  `
  CREATE TABLE meeting_runs (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    status TEXT NOT NULL,
    facilitator_id TEXT,
    started_at INTEGER,
    ended_at INTEGER,
    clock_json TEXT,
    PRIMARY KEY (board_id, meeting_id)
  );
  CREATE TABLE meeting_attendees (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, meeting_id, user_id)
  ) WITHOUT ROWID;
  -- A series whose older document's runs were taken over (once; never again from the document).
  CREATE TABLE meeting_run_adoptions (
    board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
    adopted_at INTEGER NOT NULL
  );
  `,
  // Who writes under each Yjs client id of a board: the first writer keeps it.
  `
  CREATE TABLE board_client_writers (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (board_id, client_id)
  ) WITHOUT ROWID;
  `,
];
