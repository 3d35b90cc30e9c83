/**
 * A token bucket per signed-in user, in memory: a burst of `capacity` requests, then one more
 * every `refillMs`. For writes that fan out (comments notify, invites mint tokens, boards create
 * documents) so one account, or one stolen session, cannot flood the workspace or the disk.
 * Runs after requireMember, so the key is the user, not the IP: colleagues behind one office NAT
 * do not share a budget.
 */
import type { RequestHandler } from 'express';
import { HttpError } from './HttpError';
import { authOf } from './requireMember';

export interface UserRateLimitOptions {
  capacity: number;
  refillMs: number;
  now: () => number;
  /** Says what was limited, in the 429's message. */
  what: string;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function userRateLimit({
  capacity,
  refillMs,
  now,
  what,
}: UserRateLimitOptions): RequestHandler {
  const buckets = new Map<string, Bucket>();
  return (_req, res, next) => {
    const userId = authOf(res).userId;
    const t = now();
    const bucket = buckets.get(userId) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, t - bucket.at) / refillMs);
    bucket.at = t;
    buckets.set(userId, bucket);
    // Full buckets carry no information: drop them now and then so the map stays small.
    if (buckets.size > 10_000) {
      for (const [k, b] of buckets)
        if (b.tokens + (t - b.at) / refillMs >= capacity) buckets.delete(k);
    }
    if (bucket.tokens < 1) {
      res.setHeader('Retry-After', Math.ceil(((1 - bucket.tokens) * refillMs) / 1000));
      return next(new HttpError('rate_limited', `too many ${what}, slow down`));
    }
    bucket.tokens -= 1;
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
