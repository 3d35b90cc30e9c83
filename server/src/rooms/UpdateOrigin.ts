/**
 * The origin every update carries when a room applies it to its Y.Doc, so observers of the
 * document (card history, description mentions) know who made a change. The author is what the
 * server knows of the connection, never what a client claims.
 */
import type { AuthContext } from '../auth/AuthContext';

export interface UpdateOrigin {
  readonly source: 'storage' | 'connection' | 'server';
  readonly boardId: string;
  /** The member whose connection sent the update; null for stored updates. */
  readonly author: AuthContext | null;
}

export function isUpdateOrigin(value: unknown): value is UpdateOrigin {
  return (
    typeof value === 'object' &&
    value !== null &&
    'source' in value &&
    'boardId' in value &&
    'author' in value
  );
}
