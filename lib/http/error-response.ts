import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { findPgError } from '@/lib/provisioning/map-db-error';
import { ApiError } from './api-error';
import { describeZodError, zodErrorField } from './describe-zod-error';
import { json } from './respond';

/**
 * Turns anything a console handler threw into `{ error: { code, message, field? } }`: ApiError keeps its status, zod
 * failures are 400, unique violations 409; anything else is logged with an id and answered 500 without detail.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    const field = error.field === undefined ? {} : { field: error.field };
    return json({ error: { code: error.code, message: error.message, ...field } }, error.status, error.headers);
  }
  if (error instanceof ZodError) {
    const field = zodErrorField(error);
    return json({ error: { code: 'bad_request', message: describeZodError(error), ...(field ? { field } : {}) } }, 400);
  }
  if (findPgError(error)?.code === '23505') {
    return json({ error: { code: 'conflict', message: 'Something with the same unique value already exists.' } }, 409);
  }

  const errorId = randomUUID();
  console.error(`Console API error ${errorId}:`, error);
  return json(
    { error: { code: 'internal_error', message: `Something went wrong on the server (error id ${errorId}). Try again.` } },
    500,
  );
}
