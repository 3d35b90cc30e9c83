/**
 * An invitation link is built from the configured public origin: a request with a forged Host
 * header cannot make Orderlane hand out a link to someone else's site (which would then receive
 * the invite token when the invitee clicks it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteDto } from '@orderlane/shared';
import { registerAccount, uniqueEmail } from '../../support/accounts';
import { postWithHost } from '../../support/forgedHost';
import { startTestServer, type TestServer } from '../../support/server';

const PUBLIC_ORIGIN = 'https://orders.example.com';
let configured: TestServer;
let unconfigured: TestServer;
beforeAll(async () => {
  configured = await startTestServer({ clientDist: null, publicOrigin: `${PUBLIC_ORIGIN}/` });
  unconfigured = await startTestServer({ clientDist: null });
});
afterAll(async () => {
  await configured?.close();
  await unconfigured?.close();
});

async function inviteWithForgedHost(server: TestServer): Promise<InviteDto> {
  const admin = await registerAccount(server);
  const res = await postWithHost(server, '/api/invites', 'attacker.example', admin.cookie, {
    email: uniqueEmail('invitee'),
    role: 'sales',
    access: 'member',
  });
  expect(res.status).toBe(201);
  return res.body as InviteDto;
}

describe('invitation links', () => {
  it('use PUBLIC_ORIGIN, whatever Host the request names', async () => {
    const invite = await inviteWithForgedHost(configured);
    expect(invite.url).toBe(`${PUBLIC_ORIGIN}/register?invite=${invite.token}`);
  });

  it('use the address the server listens on when no public origin is configured', async () => {
    const invite = await inviteWithForgedHost(unconfigured);
    expect(invite.url).toBe(`${unconfigured.url}/register?invite=${invite.token}`);
    expect(invite.url).not.toContain('attacker.example');
  });
});
