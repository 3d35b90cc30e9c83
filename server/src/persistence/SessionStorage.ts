/** Sign-in sessions, found by the hash of their cookie token. */
export interface SessionRecord {
  /** sha256 of the cookie token: a leaked database does not leak live sessions. */
  tokenHash: string;
  userId: string;
  workspaceId: string;
  createdAt: number;
  expiresAt: number;
}

export interface SessionStorage {
  create(session: SessionRecord): Promise<void>;
  get(tokenHash: string): Promise<SessionRecord | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** Removes the sessions expired at `now`; resolves to how many. */
  deleteExpired(now: number): Promise<number>;
}
