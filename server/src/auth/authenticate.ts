/** Resolves a request's session cookie to its member: one function for HTTP, WebSocket and socket.io. */
import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { SESSION_COOKIE } from '@orderlane/shared';
import type { Storage } from '../persistence/Storage';
import type { Authenticate, AuthContext } from './AuthContext';
import { hashToken } from './sessionToken';

export function sessionTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  // A real token is 43 base64url characters; anything else cannot match and is not worth hashing.
  return token && token.length <= 128 ? token : undefined;
}

export function createAuthenticate(storage: Storage, now: () => number): Authenticate {
  return async (req): Promise<AuthContext | null> => {
    const token = sessionTokenOf(req);
    if (!token) return null;
    const tokenHash = hashToken(token);
    const session = await storage.sessions.get(tokenHash);
    if (!session || session.expiresAt <= now()) return null;
    const [member, user] = await Promise.all([
      storage.accounts.getMember(session.workspaceId, session.userId),
      storage.accounts.getUser(session.userId),
    ]);
    if (!member || !user) return null;
    return {
      userId: user.id,
      name: user.name,
      workspaceId: member.workspaceId,
      role: member.role,
      access: member.access,
      sessionTokenHash: tokenHash,
    };
  };
}
