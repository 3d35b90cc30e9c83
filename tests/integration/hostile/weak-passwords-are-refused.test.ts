/**
 * A new password is refused when it is only whitespace or one of the 10,000 most common; the
 * hashes are scrypt at N=2^17 (this file runs the server's default cost, as production does), and
 * a hash made with weaker parameters is replaced at the next successful login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@orderlane/shared';
import { api, registerAccount, uniqueEmail } from '../../support/accounts';
import { startTestServer, tempDir, type TestServer } from '../../support/server';

const STRONG = 'correct horse battery';
const storedHash = async (server: TestServer, email: string) =>
  (await server.storage.accounts.getUserByEmail(email))!.passwordHash;

describe('weak passwords', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clientDist: null, scryptLog2N: null });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['12345678', 'common'],
    ['password1', 'common'],
    ['PassWord1', 'common'],
    ['qwertyuiop', 'common'],
    ['        ', 'blank'],
    [' \t \n \t  ', 'blank'],
  ])('refuses %j (%s) with 400 weak_password and creates no account', async (password, reason) => {
    const email = uniqueEmail('weak');
    const res = await api<ApiError>(server, 'POST', '/api/auth/register', {
      body: { name: 'Weak', email, password },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('weak_password');
    expect(res.body.error.details).toEqual({ reason });
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await server.storage.accounts.getUserByEmail(email)).toBeUndefined();
  });

  it('accepts an uncommon password and stores it as scrypt N=2^17, r=8, p=1', async () => {
    const { email } = await registerAccount(server, { password: STRONG });
    expect(await storedHash(server, email)).toMatch(/^scrypt\$131072\$8\$1\$[^$]+\$[^$]+$/);
  });
});

describe('hashes made with weaker parameters', () => {
  it('are replaced at the next successful login, and only then', async () => {
    const data = tempDir();
    try {
      const cheap = await startTestServer({
        sqliteDir: data.dir,
        clientDist: null,
        scryptLog2N: 12,
      });
      const { email } = await registerAccount(cheap, { password: STRONG });
      const oldHash = await storedHash(cheap, email);
      expect(oldHash).toMatch(/^scrypt\$4096\$8\$1\$/);
      await cheap.close();

      const strong = await startTestServer({
        sqliteDir: data.dir,
        clientDist: null,
        scryptLog2N: null,
      });
      try {
        const wrong = await api(strong, 'POST', '/api/auth/login', {
          body: { email, password: 'not the password' },
        });
        expect(wrong.status).toBe(401);
        expect(await storedHash(strong, email)).toBe(oldHash);

        const login = () =>
          api(strong, 'POST', '/api/auth/login', { body: { email, password: STRONG } });
        expect((await login()).status).toBe(200);
        expect(await storedHash(strong, email)).toMatch(/^scrypt\$131072\$8\$1\$/);
        // The new hash verifies: the next login still works.
        expect((await login()).status).toBe(200);
      } finally {
        await strong.close();
      }
    } finally {
      data.remove();
    }
  });
});
