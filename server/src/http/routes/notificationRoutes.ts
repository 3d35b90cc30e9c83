/**
 * The caller's notifications: GET /api/notifications → { items, unread }, POST
 * /api/notifications/read { ids } | { all: true } → { unread }. Only ever the caller's own rows
 * of the caller's workspace: another person's ids are silently not theirs to mark.
 */
import { Router } from 'express';
import {
  notificationListQuery,
  notificationReadBody,
  type NotificationListDto,
} from '@orderlane/shared';
import { namesOf, toNotificationDto } from '../../activity/activityDto';
import type { ApiContext } from '../ApiContext';
import { AppError } from '../../errors/AppError';
import { parseBody } from '../parseBody';
import { authOf, requireMember } from '../requireMember';
import { writeBudget } from '../writeBudget';

export function notificationRoutes(ctx: ApiContext): Router {
  const { storage, now } = ctx;
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = writeBudget(ctx);

  router.get('/', member, async (req, res) => {
    const auth = authOf(res);
    const query = notificationListQuery.safeParse(req.query);
    if (!query.success) throw new AppError('bad_request', 'invalid query', query.error.issues);
    const [items, unread, members] = await Promise.all([
      storage.activity.listNotifications(auth.userId, auth.workspaceId, query.data),
      storage.activity.countUnread(auth.userId, auth.workspaceId),
      storage.listMembers(auth.workspaceId),
    ]);
    const nameOf = namesOf(members);
    const body: NotificationListDto = {
      items: items.map((n) => toNotificationDto(n, nameOf)),
      unread,
    };
    res.json(body);
  });

  router.post('/read', member, writes, async (req, res) => {
    const auth = authOf(res);
    const body = parseBody(notificationReadBody, req.body);
    await storage.activity.markNotificationsRead(
      auth.userId,
      auth.workspaceId,
      body.all ? 'all' : (body.ids ?? []),
      now(),
    );
    const unread = await storage.activity.countUnread(auth.userId, auth.workspaceId);
    // The user's other tabs update their badge.
    ctx.bus.toUser(auth.userId, 'notification:unread', { unread });
    res.json({ unread });
  });

  return router;
}
