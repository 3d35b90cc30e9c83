/**
 * Origin check against cross-site requests (CSRF, cross-site WebSocket hijacking): a browser
 * always sends Origin on state-changing and WebSocket requests, so a present Origin must be this
 * server's own or one explicitly allowed. An absent Origin is a non-browser client: allowed here,
 * the caller decides whether that is enough.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { OriginCheck } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';

function ownOrigins(req: IncomingMessage): string[] {
  const host = req.headers.host;
  if (!host) return [];
  return [`http://${host}`.toLowerCase(), `https://${host}`.toLowerCase()];
}

export function createOriginCheck(allowedOrigins: readonly string[] = []): OriginCheck {
  const allowed = new Set(allowedOrigins.map((o) => o.trim().replace(/\/+$/, '').toLowerCase()));
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    const normalized = origin.toLowerCase();
    return allowed.has(normalized) || ownOrigins(req).includes(normalized);
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireAllowedOrigin(isAllowedOrigin: OriginCheck): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || isAllowedOrigin(req)) return next();
    next(new AppError('bad_origin', 'request from a foreign origin'));
  };
}
