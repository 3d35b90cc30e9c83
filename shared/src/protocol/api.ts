/** HTTP API request bodies and responses (routes: docs/api.md), validated on the server with zod. */
import { z } from 'zod';
import {
  BOARD_KINDS,
  MEETING_CADENCES,
  type BoardKind,
  type MeetingCadence,
} from '../domain/board';
import { idField } from './idField';
import { ACCESS_LEVELS, ROLE_KEYS } from '../domain/roles';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/passwordRule';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const name = z.string().trim().min(1).max(80);
const id = idField;

const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const inviteToken = z.string().min(1).max(128);

export const registerBody = z.object({
  name,
  email,
  password,
  invite: inviteToken.optional(),
  locale: z.enum(LOCALES).optional(),
});
export const loginBody = z.object({
  email,
  password: z.string().min(1).max(PASSWORD_MAX),
  /** An invitation into another workspace, accepted by this existing account as it signs in. */
  invite: inviteToken.optional(),
});
export const inviteBody = z.object({
  email,
  role: z.enum(ROLE_KEYS),
  access: z.enum(ACCESS_LEVELS),
});
export const memberPatchBody = z
  .object({ role: z.enum(ROLE_KEYS).optional(), access: z.enum(ACCESS_LEVELS).optional() })
  .refine((b) => b.role !== undefined || b.access !== undefined, 'give role or access');
export const boardCreateBody = z
  .object({
    title: z.string().trim().min(1).max(120),
    kind: z.enum(BOARD_KINDS).default('orders'),
    cadence: z.enum(MEETING_CADENCES).optional(),
    sourceBoardIds: z.array(id).max(20).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .refine((b) => b.kind !== 'meeting' || b.cadence !== undefined, {
    message: 'a meeting board needs a cadence',
    path: ['cadence'],
  });
export const boardPatchBody = z
  .object({
    title: z.string().trim().min(1).max(120).optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => b.title !== undefined || b.archived !== undefined, 'nothing to change');

export type RegisterBody = z.infer<typeof registerBody>;
export type LoginBody = z.infer<typeof loginBody>;
export type InviteBody = z.infer<typeof inviteBody>;
export type BoardCreateBody = z.input<typeof boardCreateBody>;
export type BoardPatchBody = z.infer<typeof boardPatchBody>;

/** Every error the API returns: `{ error: { code, message } }` with a 4xx/5xx status. */
export const ERROR_CODES = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'bad_origin',
  /** A new password the policy refuses; `details.reason` is a PasswordProblem. */
  'weak_password',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export interface UserDto {
  id: string;
  name: string;
  email: string;
}
export interface MemberDto extends UserDto {
  role: (typeof ROLE_KEYS)[number];
  access: (typeof ACCESS_LEVELS)[number];
  joinedAt: number;
}
export interface WorkspaceDto {
  id: string;
  name: string;
}
export interface MeDto {
  user: UserDto;
  workspace: WorkspaceDto;
  role: MemberDto['role'];
  access: MemberDto['access'];
}
export interface BoardDto {
  id: string;
  title: string;
  kind: BoardKind;
  cadence: MeetingCadence | null;
  sourceBoardIds: string[];
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}
export interface InviteDto {
  token: string;
  url: string;
}
