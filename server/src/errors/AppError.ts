/**
 * An error the server raises on purpose, whatever carries the request: a service throws it, and
 * each transport maps it — HTTP to `{error:{code,message,details?}}` with its status, socket.io
 * to an error ack, the Yjs upgrade to a refusal. Anything else thrown is a bug (`internal`).
 */
import type { ErrorCode } from '@orderlane/shared';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
