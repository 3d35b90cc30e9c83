/**
 * HTTP security over the real server: per-user write budgets (429 rate_limited), sessions
 * (a fresh token on login that retires the old one, Secure behind a trusted https proxy) and the
 * error shape of refusals.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError, MeDto } from '@orderlane/shared';
import { createLogger, MemoryStorage, startOrderlaneServer } from '@orderlane/server';
import {
  addMember,
  api,
  type ApiResponse,
  createBoard,
  registerAccount,
  sessionCookieOf,
  uniqueEmail,
} from '../support/accounts';
import { addCardVia, closeAllClients, comment, makeTeam, openBoard } from '../support/cardActivity';
import { serverPerFile } from '../support/server';

const server = serverPerFile({ clientDist: null });
afterAll(() => closeAllClients());

const errorOf = (body: unknown) => (body as ApiError).error;

/** Sends requests until one is refused; returns how many passed and the refusal. */
async function untilRefused(send: () => Promise<ApiResponse>, max: number) {
  for (let passed = 0; passed < max; passed++) {
    const res = await send();
    if (res.status !== 200 && res.status !== 201) return { passed, res };
  }
  throw new Error(`no refusal after ${max} requests`);
}

describe('per-user write budgets', () => {
  it('limits board creation per user with 429 rate_limited; a colleague keeps their budget', async () => {
    const admin = await registerAccount(server, { name: 'Busy Bee' });
    const colleague = await addMember(server, admin.cookie, 'merchandiser', 'member');
    const { passed, res } = await untilRefused(
      () =>
        api(server, 'POST', '/api/boards', {
          cookie: admin.cookie,
          body: { title: 'Flood', kind: 'orders' },
        }),
      60,
    );
    expect(passed).toBe(30);
    expect(res.status).toBe(429);
    expect(errorOf(res.body)).toMatchObject({ code: 'rate_limited' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // One user's flood is not the workspace's problem.
    await createBoard(server, colleague.cookie, { title: 'Mine', kind: 'orders' });
  });

  it('limits comment posting per user', async () => {
    const team = await makeTeam(server);
    const client = await openBoard(server, team.board.id, team.merch);
    const cardId = await addCardVia(client, 'PO-1');
    const { passed, res } = await untilRefused(
      () => comment(server, team.merch, team.board.id, cardId, { body: 'ping' }),
      60,
    );
    // 30 at once, plus the odd one refilled meanwhile (one every 2 s) on a slow machine.
    expect(passed).toBeGreaterThanOrEqual(30);
    expect(passed).toBeLessThan(40);
    expect(res.status).toBe(429);
    expect(errorOf(res.body).code).toBe('rate_limited');
    const other = await comment(server, team.log1, team.board.id, cardId, { body: 'still fine' });
    expect(other.status).toBe(201);
  });

  it('limits invitations per admin', async () => {
    const admin = await registerAccount(server, { name: 'Invite Spammer' });
    const { passed, res } = await untilRefused(
      () =>
        api(server, 'POST', '/api/invites', {
          cookie: admin.cookie,
          body: { email: uniqueEmail('spam'), role: 'qc', access: 'viewer' },
        }),
      40,
    );
    expect(passed).toBe(20);
    expect(res.status).toBe(429);
    expect(errorOf(res.body).code).toBe('rate_limited');
  });
});

describe('sessions', () => {
  it('a login gets a new token and retires the session the browser presented', async () => {
    const { cookie: old, email, password } = await registerAccount(server);
    const res = await api<MeDto>(server, 'POST', '/api/auth/login', {
      cookie: old,
      body: { email, password },
    });
    expect(res.status).toBe(200);
    const fresh = sessionCookieOf(res.headers);
    expect(fresh).not.toBe(old);
    expect((await api(server, 'GET', '/api/me', { cookie: fresh })).status).toBe(200);
    const stale = await api(server, 'GET', '/api/me', { cookie: old });
    expect(stale.status).toBe(401);
    expect(errorOf(stale.body).code).toBe('unauthenticated');
  });

  it('sets Secure from X-Forwarded-Proto only when a proxy is trusted', async () => {
    const proxied = await startOrderlaneServer({
      storage: new MemoryStorage(),
      logger: createLogger('silent'),
      clientDist: null,
      trustProxy: true,
    });
    try {
      const viaProxy = { url: proxied.url, origin: proxied.url };
      const body = { name: 'Proxy User', email: uniqueEmail('proxy'), password: 'long enough pw' };
      const register = await fetch(`${proxied.url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify(body),
      });
      expect(register.status).toBe(201);
      const cookie = register.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      // Plain http through the same proxy: not Secure (the browser would drop it otherwise).
      const login = await api(viaProxy, 'POST', '/api/auth/login', {
        body: { email: body.email, password: body.password },
      });
      expect(login.headers.getSetCookie().join('\n')).not.toMatch(/; Secure/i);
    } finally {
      await proxied.close();
    }

    // Without TRUST_PROXY anyone could send the header: it is ignored.
    const direct = await fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({
        name: 'Direct',
        email: uniqueEmail('direct'),
        password: 'long pw ok',
      }),
    });
    expect(direct.status).toBe(201);
    expect(direct.headers.getSetCookie().join('\n')).not.toMatch(/; Secure/i);
  });
});

describe('refusals keep one shape', () => {
  it('answers {error:{code,message}} for a foreign origin, bad JSON, too large and unknown routes', async () => {
    const { cookie } = await registerAccount(server);
    const cases = [
      await api(server, 'POST', '/api/boards', {
        cookie,
        origin: 'https://evil.example',
        body: { title: 'x', kind: 'orders' },
      }),
      await api(server, 'POST', '/api/boards', { cookie, rawBody: '{"title":' }),
      await api(server, 'POST', '/api/boards', {
        cookie,
        body: { title: 'x'.repeat(70_000), kind: 'orders' },
      }),
      await api(server, 'GET', '/api/no/such/route', { cookie }),
      await api(server, 'GET', '/api/boards/..%2F..%2Fetc', { cookie }),
    ];
    expect(cases.map((c) => c.status)).toEqual([403, 400, 413, 404, 404]);
    for (const c of cases) {
      expect(typeof errorOf(c.body).code).toBe('string');
      expect(typeof errorOf(c.body).message).toBe('string');
    }
  });
});
