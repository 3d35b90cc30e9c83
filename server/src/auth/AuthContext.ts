/** Who is asking: resolved from the session cookie by HTTP routes, the WebSocket upgrade and socket.io. */
import type { IncomingMessage } from 'node:http';
import type { AccessLevel, RoleKey } from '@orderlane/shared';

export interface AuthContext {
  userId: string;
  name: string;
  workspaceId: string;
  role: RoleKey;
  access: AccessLevel;
  sessionTokenHash: string;
}

/** Resolves the session cookie of a request (HTTP or upgrade) to its member, or null. */
export type Authenticate = (req: IncomingMessage) => Promise<AuthContext | null>;

/** Whether the request's Origin header may talk to this server (CSRF and cross-site WebSocket). */
export type OriginCheck = (req: IncomingMessage) => boolean;
