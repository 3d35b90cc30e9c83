/** Accounts, invitations and boards through the real HTTP API, for integration tests. */
import {
  SESSION_COOKIE,
  type BoardCreateBody,
  type BoardDto,
  type InviteDto,
  type MeDto,
  type MemberDto,
} from '@orderlane/shared';
import type { AccessLevel, RoleKey } from '@orderlane/shared';

export interface ServerLike {
  url: string;
  origin: string;
}

export interface ApiOptions {
  cookie?: string;
  body?: unknown;
  /** Sent as the Origin header; defaults to the server's own origin. `null` sends none. */
  origin?: string | null;
  /** A raw body (string) sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  contentType?: string;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = unknown>(
  server: ServerLike,
  method: string,
  path: string,
  options: ApiOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.origin = options.origin ?? server.origin;
  if (options.cookie) headers.cookie = options.cookie;
  let payload: string | undefined;
  if (options.rawBody !== undefined) payload = options.rawBody;
  else if (options.body !== undefined) payload = JSON.stringify(options.body);
  if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${server.url}${path}`, { method, headers, body: payload });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** `orderlane_session=…` from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieOf(headers: Headers): string {
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('no session cookie in the response');
  return cookie;
}

let counter = 0;
/** An email no other test uses. */
export function uniqueEmail(prefix = 'user'): string {
  counter++;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@example.test`;
}

export interface RegisterOptions {
  name?: string;
  email?: string;
  password?: string;
  invite?: string;
}

export async function registerAccount(
  server: ServerLike,
  options: RegisterOptions = {},
): Promise<{ cookie: string; me: MeDto; email: string; password: string }> {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? 'correct horse battery';
  const body = {
    name: options.name ?? 'Test User',
    email,
    password,
    ...(options.invite !== undefined ? { invite: options.invite } : {}),
  };
  const res = await api<MeDto>(server, 'POST', '/api/auth/register', { body });
  if (res.status !== 201) {
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { cookie: sessionCookieOf(res.headers), me: res.body, email, password };
}

export async function inviteMember(
  server: ServerLike,
  adminCookie: string,
  invite: { email: string; role: RoleKey; access: AccessLevel },
): Promise<InviteDto> {
  const res = await api<InviteDto>(server, 'POST', '/api/invites', {
    cookie: adminCookie,
    body: invite,
  });
  if (res.status !== 201)
    throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Invites and registers a member of the admin's workspace in one go. */
export async function addMember(
  server: ServerLike,
  adminCookie: string,
  role: RoleKey,
  access: AccessLevel,
  name = `${access} ${role}`,
) {
  const email = uniqueEmail(access);
  const { token } = await inviteMember(server, adminCookie, { email, role, access });
  return registerAccount(server, { name, email, invite: token });
}

/** A member's role or access changed by `cookie`'s holder (PATCH /api/members/:id). */
export function changeMember(
  server: ServerLike,
  cookie: string,
  userId: string,
  body: { role?: RoleKey; access?: AccessLevel },
): Promise<ApiResponse<MemberDto>> {
  return api<MemberDto>(server, 'PATCH', `/api/members/${userId}`, { cookie, body });
}

export async function createBoard(
  server: ServerLike,
  cookie: string,
  body: BoardCreateBody,
): Promise<BoardDto> {
  const res = await api<BoardDto>(server, 'POST', '/api/boards', { cookie, body });
  if (res.status !== 201) {
    throw new Error(`create board failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
