/** The session cookie: httpOnly, SameSite=Lax, Secure over https, 30 days. */
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '@orderlane/shared';
import { SESSION_TTL_MS } from '../auth/sessionToken';

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_TTL_MS,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
  });
}
