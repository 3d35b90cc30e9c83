/** The HTTP status of each error code: for API answers and for refused WebSocket upgrades. */
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

export function errorStatus(code: ErrorCode): number {
  return STATUS[code];
}
