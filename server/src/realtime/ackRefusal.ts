/**
 * What a socket.io ack answers when an event is refused: an AppError keeps its code and message
 * (when the event's ack knows that code); anything else is `internal`, and the caller logs it.
 */
import type { ErrorCode } from '@orderlane/shared';
import { AppError } from '../errors/AppError';

export interface AckRefusal<C extends ErrorCode> {
  ok: false;
  error: { code: C | 'internal'; message: string };
}

export function ackRefusal<C extends ErrorCode>(
  error: unknown,
  codes: readonly C[],
): AckRefusal<C> {
  if (error instanceof AppError && (codes as readonly ErrorCode[]).includes(error.code))
    return { ok: false, error: { code: error.code as C, message: error.message } };
  return { ok: false, error: { code: 'internal', message: 'try again' } };
}
