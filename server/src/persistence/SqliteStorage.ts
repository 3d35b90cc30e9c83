/**
 * The embedded default storage: SQLite through better-sqlite3 (WAL, synchronous=FULL, foreign
 * keys). One database handle and one set of prepared statements, shared by the groups; every
 * write is one transaction.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Storage } from './Storage';
import { SqliteAccounts } from './sqliteAccounts';
import { SqliteBoards } from './sqliteBoards';
import { SqliteCardActivity } from './sqliteCardActivity';
import { SqliteDocumentLog } from './sqliteDocuments';
import { SqliteMeetings } from './sqliteMeetings';
import { SQLITE_MIGRATIONS } from './sqliteMigrations';
import type { Row } from './sqliteRows';
import { SqliteSessions } from './sqliteSessions';
import { sqliteStatements } from './sqliteStatements';

const SQLITE_FILE = 'orderlane.sqlite';

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  readonly accounts: SqliteAccounts;
  readonly sessions: SqliteSessions;
  readonly boards: SqliteBoards;
  readonly documents: SqliteDocumentLog;
  readonly activity: SqliteCardActivity;
  readonly meetings: SqliteMeetings;
  private closed = false;

  /** Opens (creating if needed) the database in `dir`, a data directory. */
  static open(dir: string): SqliteStorage {
    mkdirSync(dir, { recursive: true });
    return new SqliteStorage(path.join(dir, SQLITE_FILE));
  }

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk when it returns, so an acknowledged Yjs update survives a crash.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const sql = sqliteStatements(this.db);
    this.accounts = new SqliteAccounts(this.db, sql);
    this.sessions = new SqliteSessions(sql);
    this.boards = new SqliteBoards(this.db, sql);
    this.documents = new SqliteDocumentLog(this.db, sql);
    this.activity = new SqliteCardActivity(this.db);
    this.meetings = new SqliteMeetings(this.db);
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT version FROM schema_version').get() as Row | undefined;
    let version = (row?.version as number | undefined) ?? 0;
    if (!row) this.db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
    if (version > SQLITE_MIGRATIONS.length) {
      throw new Error(
        `database schema v${version} is newer than this Orderlane (v${SQLITE_MIGRATIONS.length})`,
      );
    }
    const step = this.db.transaction((sql: string, next: number) => {
      this.db.exec(sql);
      this.db.prepare('UPDATE schema_version SET version = ?').run(next);
    });
    while (version < SQLITE_MIGRATIONS.length) {
      step(SQLITE_MIGRATIONS[version]!, version + 1);
      version++;
    }
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
