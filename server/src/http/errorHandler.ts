/**
 * The one place errors become responses. Known errors keep their 4xx; body-parser's own errors
 * (malformed JSON, too large) are mapped; anything else is logged and answered with a bare 500.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ApiError } from '@orderlane/shared';
import { ConflictError } from '../persistence/ConflictError';
import { HttpError } from './HttpError';

function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof ConflictError) return new HttpError('conflict', error.message);
  if (error instanceof z.ZodError) {
    return new HttpError('bad_request', 'invalid request', error.issues);
  }
  // body-parser errors carry `type` and `status`.
  const parserError = error as { type?: string; status?: number };
  if (parserError.type === 'entity.too.large') {
    return new HttpError('too_large', 'request body too large');
  }
  if (parserError.type === 'entity.parse.failed') {
    return new HttpError('bad_request', 'malformed JSON');
  }
  if (
    typeof parserError.status === 'number' &&
    parserError.status >= 400 &&
    parserError.status < 500
  ) {
    return new HttpError('bad_request', 'bad request');
  }
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toHttpError(error);
    if (!known)
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    const status = known?.status ?? 500;
    const body: ApiError = {
      error: {
        code: known?.code ?? 'internal',
        message: known?.message ?? 'internal error',
        ...(known?.details !== undefined ? { details: known.details } : {}),
      },
    };
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}

export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new HttpError('not_found', 'no such route'));
};
