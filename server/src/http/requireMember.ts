/** Route guards: who is calling (from the session cookie) and whether they may do this. */
import type { RequestHandler, Response } from 'express';
import { canWrite } from '@orderlane/shared';
import type { Authenticate, AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';

export function requireMember(authenticate: Authenticate): RequestHandler {
  return async (req, res, next) => {
    const auth = await authenticate(req);
    if (!auth) throw new AppError('unauthenticated', 'sign in first');
    res.locals.auth = auth;
    next();
  };
}

export function authOf(res: Response): AuthContext {
  const auth = res.locals.auth as AuthContext | undefined;
  if (!auth) throw new AppError('unauthenticated', 'sign in first');
  return auth;
}

export function assertWriter(auth: AuthContext): void {
  if (!canWrite(auth.access)) throw new AppError('forbidden', 'viewers cannot change boards');
}

export function assertAdmin(auth: AuthContext): void {
  if (auth.access !== 'admin') throw new AppError('forbidden', 'only workspace admins may do this');
}
