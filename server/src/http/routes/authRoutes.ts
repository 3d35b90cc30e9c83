/** Register, login, logout and `me`: accounts and their session cookie. */
import { Router, type Request, type Response } from 'express';
import { loginBody, registerBody, type MeDto } from '@orderlane/shared';
import { assertAcceptablePassword } from '../../auth/passwordPolicy';
import { hashToken, newToken, SESSION_TTL_MS } from '../../auth/sessionToken';
import { sessionTokenOf } from '../../auth/authenticate';
import type { MemberRecord, NewAccount, UserRecord } from '../../persistence/AccountStorage';
import type { ApiContext } from '../ApiContext';
import { toMeDto } from '../dto';
import { HttpError } from '../HttpError';
import { validInvite } from '../invitation';
import { newId } from '../newId';
import { parseBody } from '../parseBody';
import { rateLimit } from '../rateLimit';
import { authOf, requireMember } from '../requireMember';
import { clearSessionCookie, setSessionCookie } from '../sessionCookie';

export function authRoutes(ctx: ApiContext): Router {
  const { storage, now, passwords } = ctx;
  const router = Router();
  const limited = rateLimit({ limit: ctx.authAttemptsPerMinute, windowMs: 60_000, now });

  /** Ends the session the request presents, if any: its row and its live sockets. */
  async function endPresentedSession(req: Request) {
    const token = sessionTokenOf(req);
    if (!token) return;
    const tokenHash = hashToken(token);
    await storage.sessions.delete(tokenHash);
    ctx.endSession?.(tokenHash);
  }

  async function signIn(req: Request, res: Response, user: UserRecord, member: MemberRecord) {
    // Always a fresh token (no session fixation), and the one this browser had is retired.
    await endPresentedSession(req);
    const token = newToken();
    const createdAt = now();
    await storage.sessions.create({
      tokenHash: hashToken(token),
      userId: user.id,
      workspaceId: member.workspaceId,
      createdAt,
      expiresAt: createdAt + SESSION_TTL_MS,
    });
    setSessionCookie(req, res, token);
    const workspace = await storage.accounts.getWorkspace(member.workspaceId);
    if (!workspace) throw new Error(`workspace ${member.workspaceId} of a member is missing`);
    return toMeDto(user, workspace, member);
  }

  async function joinByInvite(user: UserRecord, token: string): Promise<MemberRecord> {
    const t = now();
    const { invite, tokenHash } = await validInvite(storage, token, user.email, t);
    return storage.accounts.acceptInvite(tokenHash, {
      workspaceId: invite.workspaceId,
      userId: user.id,
      role: invite.role,
      access: invite.access,
      joinedAt: t,
    });
  }

  router.post('/register', limited, async (req, res) => {
    const body = parseBody(registerBody, req.body);
    assertAcceptablePassword(body.password);
    const t = now();
    if (await storage.accounts.getUserByEmail(body.email)) {
      throw new HttpError('conflict', 'an account with this email already exists');
    }
    const user: UserRecord = {
      id: newId(),
      name: body.name,
      email: body.email,
      passwordHash: await passwords.hash(body.password),
      createdAt: t,
    };
    let account: NewAccount;
    if (body.invite !== undefined) {
      const { invite, tokenHash: inviteTokenHash } = await validInvite(
        storage,
        body.invite,
        body.email,
        t,
      );
      account = {
        user,
        member: {
          workspaceId: invite.workspaceId,
          userId: user.id,
          role: invite.role,
          access: invite.access,
          joinedAt: t,
        },
        inviteTokenHash,
      };
    } else {
      const workspace = { id: newId(), name: body.name, createdAt: t };
      account = {
        user,
        workspace,
        member: {
          workspaceId: workspace.id,
          userId: user.id,
          role: 'manager',
          access: 'admin',
          joinedAt: t,
        },
      };
    }
    // Storage re-checks the email and the invite inside its transaction: two racing requests
    // get one account and one ConflictError (→ 409).
    await storage.accounts.create(account);
    const me: MeDto = await signIn(req, res, user, account.member);
    res.status(201).json(me);
  });

  router.post('/login', limited, async (req, res) => {
    const body = parseBody(loginBody, req.body);
    const user = await storage.accounts.getUserByEmail(body.email);
    const ok = user
      ? await passwords.verify(body.password, user.passwordHash)
      : await passwords.verifyAgainstDummy(body.password);
    if (!user || !ok) throw new HttpError('unauthenticated', 'wrong email or password');
    // The only moment the server holds the password: bring an old, weaker hash up to today's cost.
    if (passwords.needsRehash(user.passwordHash)) {
      await storage.accounts.setPasswordHash(user.id, await passwords.hash(body.password));
    }
    // With an invitation, an existing account joins that workspace (the invite no longer stops
    // at "this email has an account", which anyone could cause by registering first).
    const member =
      body.invite === undefined
        ? await storage.accounts.getMembershipOfUser(user.id)
        : await joinByInvite(user, body.invite);
    if (!member) throw new HttpError('unauthenticated', 'wrong email or password');
    res.json(await signIn(req, res, user, member));
  });

  router.post('/logout', async (req, res) => {
    await endPresentedSession(req);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}

export function meRoute(ctx: ApiContext): Router {
  const router = Router();
  router.get('/me', requireMember(ctx.authenticate), async (_req, res) => {
    const auth = authOf(res);
    const [user, workspace, member] = await Promise.all([
      ctx.storage.accounts.getUser(auth.userId),
      ctx.storage.accounts.getWorkspace(auth.workspaceId),
      ctx.storage.accounts.getMember(auth.workspaceId, auth.userId),
    ]);
    if (!user || !workspace || !member) throw new HttpError('unauthenticated', 'sign in first');
    res.json(toMeDto(user, workspace, member));
  });
  return router;
}
