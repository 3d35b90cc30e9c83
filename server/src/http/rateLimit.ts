/** A fixed-window rate limit per client IP, in memory: enough to slow password guessing. */
import type { RequestHandler } from 'express';
import { AppError } from '../errors/AppError';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now: () => number;
}

export function rateLimit({ limit, windowMs, now }: RateLimitOptions): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    const t = now();
    // req.ip is the socket's address unless TRUST_PROXY says a proxy in front tells the truth.
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let window = windows.get(key);
    if (!window || t - window.start >= windowMs) {
      // Forget stale windows now and then so the map does not grow with every IP ever seen.
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
      }
      window = { start: t, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > limit) {
      res.setHeader('Retry-After', Math.ceil((window.start + windowMs - t) / 1000));
      return next(new AppError('rate_limited', 'too many attempts, try again in a minute'));
    }
    next();
  };
}
