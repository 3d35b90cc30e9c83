/** An error a route throws on purpose: it becomes `{error:{code,message,details?}}` with its status. */
import type { ErrorCode } from '@orderlane/shared';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  bad_origin: 403,
  not_found: 404,
  conflict: 409,
  weak_password: 400,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = STATUS[code];
  }
}
