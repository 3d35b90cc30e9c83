/** Accounts, sessions, invitations and members over the real HTTP API. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, MeDto, MemberDto } from '@orderlane/shared';
import {
  addMember,
  api,
  changeMember,
  inviteMember,
  registerAccount,
  sessionCookieOf,
  uniqueEmail,
} from '../support/accounts';
import { serverPerFile, startTestServer } from '../support/server';

const server = serverPerFile({ clientDist: null });

const errorCode = (body: unknown) => (body as ApiError).error.code;

describe('register, login, logout, me', () => {
  it('registers into a new workspace as its admin and signs in with a safe cookie', async () => {
    const email = uniqueEmail('Founder').toUpperCase();
    const res = await api<MeDto>(server, 'POST', '/api/auth/register', {
      body: { name: '  Lin Wei ', email, password: 'long enough pw' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: { name: 'Lin Wei', email: email.toLowerCase() },
      workspace: { name: 'Lin Wei' },
      role: 'manager',
      access: 'admin',
    });
    expect(JSON.stringify(res.body)).not.toContain('password');
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/orderlane_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=2592000/);

    const me = await api<MeDto>(server, 'GET', '/api/me', { cookie: sessionCookieOf(res.headers) });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body);
  });

  it('logs in with the right password only, with one generic error', async () => {
    const { email, password, me } = await registerAccount(server);
    const ok = await api<MeDto>(server, 'POST', '/api/auth/login', { body: { email, password } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(me.user.id);
    const cookie = sessionCookieOf(ok.headers);
    expect((await api(server, 'GET', '/api/me', { cookie })).status).toBe(200);

    const wrongPassword = await api(server, 'POST', '/api/auth/login', {
      body: { email, password: 'not the password' },
    });
    const noSuchUser = await api(server, 'POST', '/api/auth/login', {
      body: { email: uniqueEmail('ghost'), password },
    });
    expect(wrongPassword.status).toBe(401);
    expect(noSuchUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(noSuchUser.body);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('logs out: the session stops working', async () => {
    const { cookie } = await registerAccount(server);
    const out = await api(server, 'POST', '/api/auth/logout', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/orderlane_session=;/);
    const me = await api(server, 'GET', '/api/me', { cookie });
    expect(me.status).toBe(401);
    expect(errorCode(me.body)).toBe('unauthenticated');
  });

  it('refuses a duplicate email with 409, whatever its case', async () => {
    const { email } = await registerAccount(server);
    const res = await api(server, 'POST', '/api/auth/register', {
      body: { name: 'Copy', email: email.toUpperCase(), password: 'another password' },
    });
    expect(res.status).toBe(409);
    expect(errorCode(res.body)).toBe('conflict');
  });

  it('answers 401 without a cookie or with a forged one', async () => {
    for (const cookie of [undefined, 'orderlane_session=forged', 'orderlane_session=']) {
      const res = await api(server, 'GET', '/api/me', cookie ? { cookie } : {});
      expect(res.status).toBe(401);
      expect(errorCode(res.body)).toBe('unauthenticated');
    }
    expect((await api(server, 'GET', '/api/members')).status).toBe(401);
    expect((await api(server, 'GET', '/api/boards')).status).toBe(401);
  });

  it('validates the body: short password, bad email, unknown fields, wrong types', async () => {
    const bodies = [
      { name: 'A', email: uniqueEmail(), password: 'short' },
      { name: 'A', email: 'not-an-email', password: 'long enough pw' },
      { name: 'A', email: uniqueEmail(), password: 'long enough pw', isAdmin: true },
      { name: 42, email: uniqueEmail(), password: 'long enough pw' },
      ['not', 'an', 'object'],
    ];
    for (const body of bodies) {
      const res = await api<ApiError>(server, 'POST', '/api/auth/register', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
      expect(typeof res.body.error.message).toBe('string');
    }
    const res = await api<ApiError>(server, 'POST', '/api/auth/register', {
      body: { name: 'A', email: uniqueEmail(), password: 'short' },
    });
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['password'] })]),
    );
  });
});

describe('invitations and members', () => {
  let admin: Awaited<ReturnType<typeof registerAccount>>;
  beforeAll(async () => {
    admin = await registerAccount(server, { name: 'Admin' });
  });

  it('an invited member and viewer join the same workspace with the invited role and access', async () => {
    const invite = await inviteMember(server, admin.cookie, {
      email: uniqueEmail('qc'),
      role: 'qc',
      access: 'member',
    });
    expect(invite.url).toBe(`${server.origin}/register?invite=${invite.token}`);

    const member = await addMember(server, admin.cookie, 'logistics', 'member', 'Member Ma');
    const viewer = await addMember(server, admin.cookie, 'finance', 'viewer', 'Viewer Vi');
    expect(member.me).toMatchObject({
      workspace: admin.me.workspace,
      role: 'logistics',
      access: 'member',
    });
    expect(viewer.me).toMatchObject({
      workspace: admin.me.workspace,
      role: 'finance',
      access: 'viewer',
    });

    const list = await api<MemberDto[]>(server, 'GET', '/api/members', { cookie: viewer.cookie });
    expect(list.status).toBe(200);
    expect(list.body.map((m) => m.id)).toEqual([
      admin.me.user.id,
      member.me.user.id,
      viewer.me.user.id,
    ]);
    expect(list.body[2]).toMatchObject({ name: 'Viewer Vi', role: 'finance', access: 'viewer' });
  });

  it('only admins invite', async () => {
    const member = await addMember(server, admin.cookie, 'sales', 'member');
    const viewer = await addMember(server, admin.cookie, 'sales', 'viewer');
    for (const who of [member, viewer]) {
      const res = await api(server, 'POST', '/api/invites', {
        cookie: who.cookie,
        body: { email: uniqueEmail(), role: 'sales', access: 'admin' },
      });
      expect(res.status).toBe(403);
      expect(errorCode(res.body)).toBe('forbidden');
    }
    const bad = await api(server, 'POST', '/api/invites', {
      cookie: admin.cookie,
      body: { email: uniqueEmail(), role: 'pilot', access: 'member' },
    });
    expect(bad.status).toBe(400);
  });

  it('an invitation works once, for its own email only', async () => {
    const email = uniqueEmail('once');
    const { token } = await inviteMember(server, admin.cookie, {
      email,
      role: 'qc',
      access: 'member',
    });

    const wrongEmail = await api(server, 'POST', '/api/auth/register', {
      body: {
        name: 'Intruder',
        email: uniqueEmail('intruder'),
        password: 'long enough pw',
        invite: token,
      },
    });
    expect(wrongEmail.status).toBe(403);

    await registerAccount(server, { email, invite: token });
    const reused = await api(server, 'POST', '/api/auth/register', {
      body: {
        name: 'Again',
        email: uniqueEmail('again'),
        password: 'long enough pw',
        invite: token,
      },
    });
    expect(reused.status).toBe(409);

    const unknown = await api(server, 'POST', '/api/auth/register', {
      body: {
        name: 'X',
        email: uniqueEmail(),
        password: 'long enough pw',
        invite: 'made-up-token',
      },
    });
    expect(unknown.status).toBe(400);
    expect(errorCode(unknown.body)).toBe('bad_request');
  });

  it('admins change role and access; others may not; the last admin stays admin', async () => {
    const member = await addMember(server, admin.cookie, 'sales', 'member');
    const byMember = await changeMember(server, member.cookie, admin.me.user.id, {
      access: 'viewer',
    });
    expect(byMember.status).toBe(403);

    const promoted = await changeMember(server, admin.cookie, member.me.user.id, {
      role: 'merchandiser',
      access: 'viewer',
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({
      id: member.me.user.id,
      role: 'merchandiser',
      access: 'viewer',
    });
    const me = await api<MeDto>(server, 'GET', '/api/me', { cookie: member.cookie });
    expect(me.body).toMatchObject({ role: 'merchandiser', access: 'viewer' });

    // A fresh workspace has exactly one admin: it cannot demote itself.
    const solo = await registerAccount(server);
    const demote = await api(server, 'PATCH', `/api/members/${solo.me.user.id}`, {
      cookie: solo.cookie,
      body: { access: 'member' },
    });
    expect(demote.status).toBe(409);
    expect((await api<MeDto>(server, 'GET', '/api/me', { cookie: solo.cookie })).body.access).toBe(
      'admin',
    );

    // A member of another workspace is not found from here.
    const foreign = await api(server, 'PATCH', `/api/members/${admin.me.user.id}`, {
      cookie: solo.cookie,
      body: { role: 'qc' },
    });
    expect(foreign.status).toBe(404);
    const empty = await api(server, 'PATCH', `/api/members/${member.me.user.id}`, {
      cookie: admin.cookie,
      body: {},
    });
    expect(empty.status).toBe(400);
  });
});

describe('login and register are rate limited per IP', () => {
  it('answers 429 rate_limited past the limit', async () => {
    const limited = await startTestServer({ clientDist: null, authAttemptsPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await api(limited, 'POST', '/api/auth/login', {
          body: { email: uniqueEmail(), password: 'whatever pw' },
        });
        statuses.push(res.status);
        if (res.status === 429) expect(errorCode(res.body)).toBe('rate_limited');
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('expiry', () => {
  it('a session ends after 30 days and an invitation after 7', async () => {
    let clock = Date.now();
    const timed = await startTestServer({ clientDist: null, now: () => clock });
    try {
      const owner = await registerAccount(timed);
      const lateEmail = uniqueEmail('late');
      const stale = await inviteMember(timed, owner.cookie, {
        email: lateEmail,
        role: 'qc',
        access: 'member',
      });
      clock += 6 * 24 * 3600_000;
      expect((await api(timed, 'GET', '/api/me', { cookie: owner.cookie })).status).toBe(200);
      clock += 2 * 24 * 3600_000;
      const late = await api(timed, 'POST', '/api/auth/register', {
        body: {
          name: 'Late',
          email: lateEmail,
          password: 'long enough pw',
          invite: stale.token,
        },
      });
      expect(late.status).toBe(400);
      clock += 23 * 24 * 3600_000;
      const expired = await api(timed, 'GET', '/api/me', { cookie: owner.cookie });
      expect(expired.status).toBe(401);
    } finally {
      await timed.close();
    }
  });
});
