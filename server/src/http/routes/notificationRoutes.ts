/**
 * The caller's notifications: GET /api/notifications → { items, unread }, POST
 * /api/notifications/read { ids } | { all: true } → { unread }. Only ever the caller's own rows
 * of the caller's workspace: another person's ids are silently not theirs to mark.
 */
import { Router } from 'express';
import { notificationListQuery, notificationReadBody } from '@orderlane/shared';
import type { ApiContext } from '../ApiContext';
import { HttpError } from '../HttpError';
import { parseBody } from '../parseBody';
import { authOf, requireMember } from '../requireMember';

export function notificationRoutes(ctx: ApiContext): Router {
  const { cardActivity } = ctx.services;
  const router = Router();
  const member = requireMember(ctx.authenticate);

  router.get('/', member, async (req, res) => {
    const query = notificationListQuery.safeParse(req.query);
    if (!query.success) throw new HttpError('bad_request', 'invalid query', query.error.issues);
    res.json(await cardActivity.inbox(authOf(res), query.data));
  });

  router.post('/read', member, ctx.writeBudget, async (req, res) => {
    const body = parseBody(notificationReadBody, req.body);
    const unread = await cardActivity.markRead(authOf(res), body.all ? 'all' : (body.ids ?? []));
    res.json({ unread });
  });

  return router;
}
