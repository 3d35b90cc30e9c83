/**
 * SQLite rows → storage records (snake_case columns, 0/1 booleans, JSON arrays, BLOBs), and the
 * SQLite error and patch helpers the groups share.
 */
import type { AccessLevel, BoardKind, MeetingCadence, RoleKey } from '@orderlane/shared';
import type { InviteRecord, MemberRecord, UserRecord, WorkspaceRecord } from './AccountStorage';
import type { BoardRecord } from './BoardStorage';
import { ConflictError } from './ConflictError';
import type { SessionRecord } from './SessionStorage';

export type Row = Record<string, unknown>;

export const toUser = (r: Row): UserRecord => ({
  id: r.id as string,
  name: r.name as string,
  email: r.email as string,
  passwordHash: r.password_hash as string,
  createdAt: r.created_at as number,
});
export const toWorkspace = (r: Row): WorkspaceRecord => ({
  id: r.id as string,
  name: r.name as string,
  createdAt: r.created_at as number,
});
export const toMember = (r: Row): MemberRecord => ({
  workspaceId: r.workspace_id as string,
  userId: r.user_id as string,
  role: r.role as RoleKey,
  access: r.access as AccessLevel,
  joinedAt: r.joined_at as number,
});
export const toSession = (r: Row): SessionRecord => ({
  tokenHash: r.token_hash as string,
  userId: r.user_id as string,
  workspaceId: r.workspace_id as string,
  createdAt: r.created_at as number,
  expiresAt: r.expires_at as number,
});
export const toInvite = (r: Row): InviteRecord => ({
  tokenHash: r.token_hash as string,
  workspaceId: r.workspace_id as string,
  email: r.email as string,
  role: r.role as RoleKey,
  access: r.access as AccessLevel,
  createdBy: r.created_by as string,
  createdAt: r.created_at as number,
  expiresAt: r.expires_at as number,
  usedAt: (r.used_at as number | null) ?? null,
});
export const toBoard = (r: Row): BoardRecord => ({
  id: r.id as string,
  workspaceId: r.workspace_id as string,
  title: r.title as string,
  kind: r.kind as BoardKind,
  cadence: (r.cadence as MeetingCadence | null) ?? null,
  sourceBoardIds: JSON.parse(r.source_board_ids as string) as string[],
  archived: r.archived === 1,
  createdBy: r.created_by as string,
  createdAt: r.created_at as number,
  updatedAt: r.updated_at as number,
});
/** A Buffer from SQLite as a plain Uint8Array (Buffers compare and serialise differently). */
export const bytes = (value: unknown): Uint8Array => new Uint8Array(value as Buffer);

/** The patch without its undefined fields, to spread over a stored record. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A uniqueness violation as a ConflictError; any other error as it is. */
export function asConflict(error: unknown, message: string): unknown {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
    ? new ConflictError(message)
    : error;
}
