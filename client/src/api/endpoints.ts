/** The routes of the HTTP API (docs/api.md), typed with the shared DTOs. */
import type {
  BoardCreateBody,
  BoardDto,
  BoardPatchBody,
  InviteBody,
  InviteDto,
  LoginBody,
  MeDto,
  MemberDto,
  RegisterBody,
} from '@orderlane/shared';
import { apiRequest } from './http';

/** Some routes wrap their payload (`{boards: […]}`), some do not; accept both shapes. */
function unwrap<T>(data: unknown, key: string): T {
  if (data && typeof data === 'object' && !Array.isArray(data) && key in data) {
    return (data as Record<string, T>)[key]!;
  }
  return data as T;
}

export const api = {
  me: async () => unwrap<MeDto>(await apiRequest('GET', '/api/me'), 'me'),
  login: (body: LoginBody) => apiRequest<unknown>('POST', '/api/auth/login', body),
  register: (body: RegisterBody) => apiRequest<unknown>('POST', '/api/auth/register', body),
  logout: () => apiRequest<unknown>('POST', '/api/auth/logout'),
  invite: (body: InviteBody) => apiRequest<InviteDto>('POST', '/api/invites', body),
  members: async () => unwrap<MemberDto[]>(await apiRequest('GET', '/api/members'), 'members'),
  boards: async () => unwrap<BoardDto[]>(await apiRequest('GET', '/api/boards'), 'boards'),
  board: async (id: string) =>
    unwrap<BoardDto>(await apiRequest('GET', `/api/boards/${encodeURIComponent(id)}`), 'board'),
  createBoard: async (body: BoardCreateBody) =>
    unwrap<BoardDto>(await apiRequest('POST', '/api/boards', body), 'board'),
  patchBoard: async (id: string, body: BoardPatchBody) =>
    unwrap<BoardDto>(
      await apiRequest('PATCH', `/api/boards/${encodeURIComponent(id)}`, body),
      'board',
    ),
};
