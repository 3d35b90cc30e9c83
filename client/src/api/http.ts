/**
 * The HTTP API client: JSON in, JSON out, the session cookie rides along. Every failure becomes
 * an `ApiFailure` carrying the server's error code, so screens can say what went wrong in plain
 * words (`errorMessageKey`).
 */
import type { ErrorCode } from '@orderlane/shared';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    /** The error's `details`, e.g. `{reason}` of a `weak_password`. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

let onUnauthenticated: () => void = () => {};

/** Called when a request finds the session gone (expired, signed out elsewhere). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (
      data as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | null
    )?.error;
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated();
    throw new ApiFailure(
      response.status,
      error?.code ?? (response.status >= 500 ? 'internal' : 'bad_request'),
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as T;
}

/** The i18n key of a plain-words explanation of a failure. */
export function errorMessageKey(error: unknown): string {
  if (!(error instanceof ApiFailure)) return 'error.unexpected';
  return `error.${error.code}`;
}
