import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { findPgError } from '@/db/pg-error';
import { DomainError, type DomainErrorKind } from '@/lib/errors/domain-error';
import { ApiError, type ApiErrorCode } from './api-error';
import { describeZodError, zodErrorField } from '@/lib/errors/describe-zod-error';
import { json } from './respond';

/** The console code each domain refusal is answered with (its status follows from the code). */
const CODE_OF_KIND: Record<DomainErrorKind, ApiErrorCode> = {
  invalid_input: 'bad_request',
  not_found: 'not_found',
  conflict: 'conflict',
  forbidden: 'forbidden',
  busy: 'too_many_requests',
};

/** A domain refusal as the console's ApiError: same message and field, a status, `Retry-After` when busy. */
export function toApiError(error: DomainError): ApiError {
  const headers: Record<string, string> =
    error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
  const apiError = new ApiError(CODE_OF_KIND[error.kind], error.message, headers);
  apiError.field = error.field;
  return apiError;
}

/**
 * Turns anything a console handler threw into `{ error: { code, message, field? } }`: ApiError keeps its status, DomainError takes its kind's, zod
 * failures are 400, unique violations 409; anything else is logged with an id and answered 500 without detail.
 */
export function errorResponse(thrown: unknown): Response {
  const error = thrown instanceof DomainError ? toApiError(thrown) : thrown;
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
