/** Storage records → the DTOs of the HTTP contract (shared/src/protocol/api.ts). */
import type { BoardDto, MeDto, MemberDto } from '@orderlane/shared';
import type { BoardRecord } from '../persistence/BoardStorage';
import type {
  MemberRecord,
  MemberWithUser,
  UserRecord,
  WorkspaceRecord,
} from '../persistence/AccountStorage';

export function toBoardDto(board: BoardRecord): BoardDto {
  return {
    id: board.id,
    title: board.title,
    kind: board.kind,
    cadence: board.cadence,
    sourceBoardIds: board.sourceBoardIds,
    archived: board.archived,
    createdAt: board.createdAt,
    updatedAt: board.updatedAt,
  };
}

export function toMemberDto(member: MemberWithUser): MemberDto {
  return {
    id: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    access: member.access,
    joinedAt: member.joinedAt,
  };
}

export function toMeDto(user: UserRecord, workspace: WorkspaceRecord, member: MemberRecord): MeDto {
  return {
    user: { id: user.id, name: user.name, email: user.email },
    workspace: { id: workspace.id, name: workspace.name },
    role: member.role,
    access: member.access,
  };
}
