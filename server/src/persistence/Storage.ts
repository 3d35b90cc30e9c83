/**
 * Storage: everything Orderlane keeps, one named group per kind of record. SQLite is the embedded
 * default, MemoryStorage serves fast tests, Postgres comes later; the contract suites
 * (tests/integration/storage*.contract.test.ts) run against every implementation listed in
 * tests/support/storages.ts.
 *
 * Every method is async so that a networked database fits the same interface. A write that
 * spans groups (a board and its first document, an account and its invite) is one method of the
 * group that owns the main record, so it stays one transaction.
 */
import type { AccountStorage } from './AccountStorage';
import type { BoardStorage } from './BoardStorage';
import type { CardActivityStorage } from './CardActivityStorage';
import type { DocumentLog } from './DocumentLog';
import type { MeetingStorage } from './MeetingStorage';
import type { SessionStorage } from './SessionStorage';

export interface Storage {
  /** Users, workspaces, members and invitations. */
  readonly accounts: AccountStorage;
  readonly sessions: SessionStorage;
  readonly boards: BoardStorage;
  /** Each board's Yjs document. */
  readonly documents: DocumentLog;
  /** Comments, card history, follows and notifications. */
  readonly activity: CardActivityStorage;
  /** Frozen minutes and the server-owned state of meeting runs. */
  readonly meetings: MeetingStorage;
  /** Flushes and closes. */
  close(): Promise<void>;
}
