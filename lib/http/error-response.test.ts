import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors/domain-error';
import { errorResponse } from './error-response';

const answer = async (error: unknown) => {
  const response = errorResponse(error);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
};

describe('errorResponse for a domain refusal', () => {
  it.each([
    ['invalid_input', 400, 'bad_request'],
    ['not_found', 404, 'not_found'],
    ['conflict', 409, 'conflict'],
    ['forbidden', 403, 'forbidden'],
  ] as const)('answers %s with %i and the code %s', async (kind, status, code) => {
    expect(await answer(new DomainError(kind, 'No.'))).toEqual({ status, retryAfter: null, body: { error: { code, message: 'No.' } } });
  });

  it('names the field the refusal is about', async () => {
    const refusal = DomainError.about('expiry', 'invalid_input', 'Tokens can last at most 365 days.');
    expect((await answer(refusal)).body).toEqual({ error: { code: 'bad_request', message: 'Tokens can last at most 365 days.', field: 'expiry' } });
  });

  it('answers busy with 429 and Retry-After', async () => {
    const busy = new DomainError('busy', 'The server is busy; try again in a moment.', { retryAfterSeconds: 1 });
    expect(await answer(busy)).toMatchObject({ status: 429, retryAfter: '1', body: { error: { code: 'too_many_requests' } } });
  });
});
