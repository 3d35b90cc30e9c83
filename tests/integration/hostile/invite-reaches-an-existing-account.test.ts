/**
 * Registering someone's address first no longer blocks their invitation: an admin can invite an
 * address that already has an account, and that account joins by signing in with the invite
 * token, with the invited role and access. The token stays bound to the invited address and is
 * still the secret; register's 409 for a known address is rate-limited like every auth attempt.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessLevel, ApiError, MeDto, MemberDto, RoleKey } from '@orderlane/shared';
import {
  api,
  inviteMember,
  registerAccount,
  sessionCookieOf,
  uniqueEmail,
} from '../../support/accounts';
import { serverPerFile, startTestServer } from '../../support/server';

const server = serverPerFile({ clientDist: null });
let admin: Awaited<ReturnType<typeof registerAccount>>;
beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Admin' });
});

const login = (body: { email: string; password: string; invite?: string }) =>
  api<MeDto & ApiError>(server, 'POST', '/api/auth/login', { body });

/** Signs an account in (with its own password unless told) presenting an invitation's token. */
const loginWithInvite = (
  account: { email: string; password: string },
  invite: string,
  password = account.password,
) => login({ email: account.email, password, invite });

/** The admin invites the address an account already has. */
const inviteAsAdmin = (account: { email: string }, role: RoleKey, access: AccessLevel) =>
  inviteMember(server, admin.cookie, { email: account.email, role, access });

const adminsMembers = async () =>
  (await api<MemberDto[]>(server, 'GET', '/api/members', { cookie: admin.cookie })).body;

describe('an invitation to an address that already has an account', () => {
  it('is created, and signing in with it joins the workspace with the invited role', async () => {
    // Someone registered the new hire's address before the admin invited it.
    const early = await registerAccount(server, { name: 'New Hire', email: uniqueEmail('hire') });
    const invite = await inviteAsAdmin(early, 'logistics', 'viewer');

    const joined = await loginWithInvite(early, invite.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      user: { id: early.me.user.id },
      workspace: { id: admin.me.workspace.id },
      role: 'logistics',
      access: 'viewer',
    });
    const me = await api<MeDto>(server, 'GET', '/api/me', {
      cookie: sessionCookieOf(joined.headers),
    });
    expect(me.body.workspace.id).toBe(admin.me.workspace.id);
    const members = await adminsMembers();
    expect(members.find((m) => m.id === early.me.user.id)).toMatchObject({
      role: 'logistics',
      access: 'viewer',
    });

    // Used once: the same link does not work again, and the account keeps its first workspace.
    const again = await loginWithInvite(early, invite.token);
    expect(again.status).toBe(409);
    const plain = await login({ email: early.email, password: early.password });
    expect(plain.body.workspace.id).toBe(early.me.workspace.id);
  });

  it('is bound to the invited address: another account cannot use the token', async () => {
    const invited = await registerAccount(server, { email: uniqueEmail('invited') });
    const other = await registerAccount(server, { email: uniqueEmail('other') });
    const invite = await inviteAsAdmin(invited, 'sales', 'member');

    const stolen = await loginWithInvite(other, invite.token);
    expect(stolen.status).toBe(403);
    expect(stolen.body.error.code).toBe('forbidden');
    expect(stolen.headers.getSetCookie()).toEqual([]);
    const members = await adminsMembers();
    expect(members.some((m) => m.id === other.me.user.id)).toBe(false);

    // Neither the theft nor a wrong password used the invitation up.
    const wrong = await loginWithInvite(invited, invite.token, 'not the password');
    expect(wrong.status).toBe(401);
    const ok = await loginWithInvite(invited, invite.token);
    expect(ok.status).toBe(200);
    expect(ok.body.workspace.id).toBe(admin.me.workspace.id);
  });

  it('still needs the token: a made-up one is refused', async () => {
    const someone = await registerAccount(server);
    const res = await login({ email: someone.email, password: someone.password, invite: 'guess' });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('is refused for someone who is already a member', async () => {
    const res = await api<ApiError>(server, 'POST', '/api/invites', {
      cookie: admin.cookie,
      body: { email: admin.email, role: 'sales', access: 'member' },
    });
    expect(res.status).toBe(409);
  });
});

describe("register's answer for a known address", () => {
  it('is 409 (signing up signs in at once), and rate-limited per IP with the logins', async () => {
    const limited = await startTestServer({ clientDist: null, authAttemptsPerMinute: 3 });
    try {
      const taken = await registerAccount(limited);
      const probe = () =>
        api<ApiError>(limited, 'POST', '/api/auth/register', {
          body: { name: 'Probe', email: taken.email, password: 'long enough pw' },
        });
      expect((await probe()).status).toBe(409);
      expect((await probe()).status).toBe(409);
      const blocked = await probe();
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
