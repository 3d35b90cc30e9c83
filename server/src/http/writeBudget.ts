/**
 * The write budget (USER_LIMITS.writes): one bucket per user shared by every state-changing route
 * of the API (POST, PATCH, DELETE; signing in and out aside, which the per-IP limit covers), so a
 * script cannot create meetings, action items or follows as fast as it can send them. Shared,
 * not one per router: moving the flood to another route does not buy a fresh budget. The
 * composition root builds one per server (ApiContext.writeBudget); mount it after requireMember
 * (the key is the user).
 */
import type { RequestHandler } from 'express';
import { USER_LIMITS, userRateLimit } from './userRateLimit';

export function createWriteBudget(now: () => number): RequestHandler {
  return userRateLimit({ ...USER_LIMITS.writes, now });
}
