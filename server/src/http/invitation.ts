/**
 * The checks an invitation token passes before anyone joins with it, whether they register or
 * sign in to an account they already have: it exists, has not expired, was not used, and was
 * made out to the very address that presents it (the token is the secret, the address binds it).
 */
import type { InviteRecord } from '../persistence/AccountStorage';
import type { Storage } from '../persistence/Storage';
import { hashToken } from '../auth/sessionToken';
import { HttpError } from './HttpError';

export interface ValidInvite {
  invite: InviteRecord;
  tokenHash: string;
}

export async function validInvite(
  storage: Storage,
  token: string,
  email: string,
  now: number,
): Promise<ValidInvite> {
  const tokenHash = hashToken(token);
  const invite = await storage.accounts.getInvite(tokenHash);
  if (!invite || invite.expiresAt <= now) {
    throw new HttpError('bad_request', 'this invitation is invalid or has expired');
  }
  if (invite.usedAt !== null) throw new HttpError('conflict', 'this invitation was already used');
  if (invite.email !== email) {
    throw new HttpError('forbidden', 'this invitation is for another email address');
  }
  return { invite, tokenHash };
}
