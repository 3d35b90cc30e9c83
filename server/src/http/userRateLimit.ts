/**
 * A token bucket per signed-in user, in memory: a burst of `capacity` requests, then one more
 * every `refillMs`. For writes that fan out (comments notify, invites mint tokens, boards create
 * documents) so one account, or one stolen session, cannot flood the workspace or the disk.
 * Runs after requireMember, so the key is the user, not the IP: colleagues behind one office NAT
 * do not share a budget.
 */
import type { RequestHandler } from 'express';
import { TokenBuckets } from '../limits/TokenBuckets';
import { AppError } from '../errors/AppError';
import { authOf } from './requireMember';

export interface UserRateLimitOptions {
  capacity: number;
  refillMs: number;
  now: () => number;
  /** Says what was limited, in the 429's message. */
  what: string;
}

export function userRateLimit({
  capacity,
  refillMs,
  now,
  what,
}: UserRateLimitOptions): RequestHandler {
  const buckets = new TokenBuckets({ capacity, refillMs }, now);
  return (_req, res, next) => {
    const userId = authOf(res).userId;
    if (!buckets.take(userId)) {
      res.setHeader('Retry-After', Math.ceil(buckets.waitMs(userId) / 1000));
      return next(new AppError('rate_limited', `too many ${what}, slow down`));
    }
    next();
  };
}

/**
 * The budgets: generous for people, tight for scripts. `writes` covers every state-changing
 * route (writeBudget.ts); the others come on top of it for writes that fan out further.
 */
export const USER_LIMITS = {
  writes: { capacity: 40, refillMs: 1_000, what: 'changes' },
  comments: { capacity: 30, refillMs: 2_000, what: 'comments' },
  invites: { capacity: 20, refillMs: 60_000, what: 'invitations' },
  boards: { capacity: 30, refillMs: 10_000, what: 'new boards' },
} as const;
