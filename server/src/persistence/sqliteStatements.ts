/** The prepared statements of SqliteStorage's groups, compiled once per connection. */
import type Database from 'better-sqlite3';

export function sqliteStatements(db: Database.Database) {
  const q = (sql: string) => db.prepare(sql);
  return {
    insertUser: q(
      'INSERT INTO users (id, name, email, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    userById: q('SELECT * FROM users WHERE id = ?'),
    userByEmail: q('SELECT * FROM users WHERE email = ?'),
    setPasswordHash: q('UPDATE users SET password_hash = ? WHERE id = ?'),
    insertWorkspace: q('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)'),
    workspaceById: q('SELECT * FROM workspaces WHERE id = ?'),
    insertMember: q(
      'INSERT INTO members (workspace_id, user_id, role, access, joined_at) VALUES (?, ?, ?, ?, ?)',
    ),
    member: q('SELECT * FROM members WHERE workspace_id = ? AND user_id = ?'),
    firstMembership: q('SELECT * FROM members WHERE user_id = ? ORDER BY joined_at, rowid LIMIT 1'),
    membersOf: q(
      `SELECT m.*, u.name, u.email FROM members m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = ? ORDER BY m.joined_at, m.rowid`,
    ),
    updateMember: q(
      'UPDATE members SET role = ?, access = ? WHERE workspace_id = ? AND user_id = ?',
    ),
    insertSession: q(
      'INSERT INTO sessions (token_hash, user_id, workspace_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    sessionByHash: q('SELECT * FROM sessions WHERE token_hash = ?'),
    deleteSession: q('DELETE FROM sessions WHERE token_hash = ?'),
    deleteExpiredSessions: q('DELETE FROM sessions WHERE expires_at <= ?'),
    insertInvite: q(
      `INSERT INTO invites (token_hash, workspace_id, email, role, access, created_by, created_at,
       expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    inviteByHash: q('SELECT * FROM invites WHERE token_hash = ?'),
    useInvite: q('UPDATE invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL'),
    insertBoard: q(
      `INSERT INTO boards (id, workspace_id, title, kind, cadence, source_board_ids, archived,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    boardById: q('SELECT * FROM boards WHERE id = ?'),
    boardsOf: q('SELECT * FROM boards WHERE workspace_id = ? ORDER BY created_at, rowid'),
    updateBoard: q('UPDATE boards SET title = ?, archived = ?, updated_at = ? WHERE id = ?'),
    upsertSnapshot: q(
      `INSERT INTO board_snapshots (board_id, data, seq) VALUES (?, ?, ?)
       ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, seq = MAX(seq, excluded.seq)`,
    ),
    snapshotOf: q('SELECT data, seq FROM board_snapshots WHERE board_id = ?'),
    updatesOf: q('SELECT data FROM board_updates WHERE board_id = ? ORDER BY seq'),
    insertUpdate: q('INSERT INTO board_updates (board_id, seq, data) VALUES (?, ?, ?)'),
    insertClientWriter: q(
      'INSERT OR IGNORE INTO board_client_writers (board_id, client_id, user_id) VALUES (?, ?, ?)',
    ),
    clientWritersOf: q('SELECT client_id, user_id FROM board_client_writers WHERE board_id = ?'),
    deleteUpdatesUpTo: q('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
    // The last seq survives compaction through the snapshot's seq.
    lastSeq: q(
      `SELECT MAX(
         COALESCE((SELECT MAX(seq) FROM board_updates WHERE board_id = ?), 0),
         COALESCE((SELECT seq FROM board_snapshots WHERE board_id = ?), 0)
       ) AS seq`,
    ),
  };
}

export type Statements = ReturnType<typeof sqliteStatements>;
