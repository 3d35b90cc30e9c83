/** Invitations and the members of the caller's workspace. */
import { Router } from 'express';
import { ID_PATTERN, inviteBody, memberPatchBody, type InviteDto } from '@orderlane/shared';
import { hashToken, INVITE_TTL_MS, newToken } from '../../auth/sessionToken';
import type { ApiContext } from '../ApiContext';
import { toMemberDto } from '../dto';
import { HttpError } from '../HttpError';
import { parseBody } from '../parseBody';
import { assertAdmin, authOf, requireMember } from '../requireMember';
import { USER_LIMITS, userRateLimit } from '../userRateLimit';

/** Where the invitee registers (or signs in): the configured public origin, not the Host header. */
function registerUrl(publicOrigin: string, token: string): string {
  return `${publicOrigin}/register?invite=${encodeURIComponent(token)}`;
}

export function memberRoutes(ctx: ApiContext): Router {
  const { storage, now } = ctx;
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = ctx.writeBudget;
  const inviting = userRateLimit({ ...USER_LIMITS.invites, now });

  router.post('/invites', member, writes, inviting, async (req, res) => {
    const auth = authOf(res);
    assertAdmin(auth);
    const body = parseBody(inviteBody, req.body);
    // Someone with an account already joins by signing in with the link; only a present member
    // is refused (the admin can see them in the member list anyway).
    const existing = await storage.accounts.getUserByEmail(body.email);
    if (existing && (await storage.accounts.getMember(auth.workspaceId, existing.id))) {
      throw new HttpError('conflict', 'this person is already a member of this workspace');
    }
    const token = newToken();
    const t = now();
    await storage.accounts.createInvite({
      tokenHash: hashToken(token),
      workspaceId: auth.workspaceId,
      email: body.email,
      role: body.role,
      access: body.access,
      createdBy: auth.userId,
      createdAt: t,
      expiresAt: t + INVITE_TTL_MS,
      usedAt: null,
    });
    const invite: InviteDto = { token, url: registerUrl(ctx.publicOrigin(), token) };
    res.status(201).json(invite);
  });

  router.get('/members', member, async (_req, res) => {
    const members = await storage.accounts.listMembers(authOf(res).workspaceId);
    res.json(members.map(toMemberDto));
  });

  router.patch('/members/:userId', member, writes, async (req, res) => {
    const auth = authOf(res);
    assertAdmin(auth);
    const patch = parseBody(memberPatchBody, req.body);
    const userId = String(req.params.userId);
    if (!ID_PATTERN.test(userId)) throw new HttpError('not_found', 'no such member');
    const members = await storage.accounts.listMembers(auth.workspaceId);
    const target = members.find((m) => m.userId === userId);
    if (!target) throw new HttpError('not_found', 'no such member');
    const demotesAdmin =
      target.access === 'admin' && patch.access !== undefined && patch.access !== 'admin';
    if (demotesAdmin && members.filter((m) => m.access === 'admin').length <= 1) {
      throw new HttpError('conflict', 'a workspace keeps at least one admin');
    }
    const updated = await storage.accounts.updateMember(auth.workspaceId, userId, patch);
    if (!updated) throw new HttpError('not_found', 'no such member');
    // Sockets opened before the change must not keep the old access (a demoted viewer writing).
    ctx.memberChanged?.(auth.workspaceId, userId, { role: updated.role, access: updated.access });
    res.json(toMemberDto({ ...updated, name: target.name, email: target.email }));
  });

  return router;
}
