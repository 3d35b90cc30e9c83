/**
 * The write budget (USER_LIMITS.writes): one bucket per user shared by every state-changing route
 * of the API (POST, PATCH, DELETE; signing in and out aside, which the per-IP limit covers), so a
 * script cannot create meetings, action items or follows as fast as it can send them. Shared,
 * not one per router: moving the flood to another route does not buy a fresh budget. Mount it
 * after requireMember (the key is the user).
 */
import type { RequestHandler } from 'express';
import type { ApiContext } from './ApiContext';
import { USER_LIMITS, userRateLimit } from './userRateLimit';

/** Every router of one API is built from the same context: it keys the shared bucket. */
const perApi = new WeakMap<ApiContext, RequestHandler>();

export function writeBudget(ctx: ApiContext): RequestHandler {
  let limiter = perApi.get(ctx);
  if (!limiter) {
    limiter = userRateLimit({ ...USER_LIMITS.writes, now: ctx.now });
    perApi.set(ctx, limiter);
  }
  return limiter;
}
