/**
 * Validates a JSON body with a shared zod schema. Unknown fields are refused rather than silently
 * dropped, so a client typo (`titel`) fails loudly instead of appearing to succeed.
 */
import type { z } from 'zod';
import { AppError } from '../errors/AppError';

function knownKeys(schema: z.ZodType): Set<string> | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? new Set(Object.keys(shape)) : undefined;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError(
      'bad_request',
      'expected a JSON object body (Content-Type: application/json)',
    );
  }
  const known = knownKeys(schema);
  if (known) {
    const unknown = Object.keys(body).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new AppError('bad_request', `unknown field: ${unknown.join(', ')}`, [
        { code: 'unrecognized_keys', keys: unknown, path: [], message: 'unknown field' },
      ]);
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new AppError('bad_request', 'invalid request', result.error.issues);
  return result.data;
}
