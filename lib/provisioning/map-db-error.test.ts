import { describe, expect, it } from 'vitest';
import { ScimError } from '@/lib/scim';
import { isRetryableDbError, mapDbError } from './map-db-error';

const pgError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error('db'), { code, ...extra });
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: insert into …'), { cause });

describe('mapDbError', () => {
  it.each([
    ['23505 on the live userName index', wrapped(pgError('23505', { constraint_name: 'scim_users_user_name_live_key' })), 409, 'uniqueness'],
    ['23505 from PGlite', pgError('23505', { constraint: 'other_key' }), 409, 'uniqueness'],
    ['22P05 (a NUL in jsonb)', wrapped(pgError('22P05')), 400, 'invalidValue'],
    ['54000 (index row too large)', pgError('54000'), 400, 'invalidValue'],
  ])('%s → %i %s', (_, error, status, scimType) => {
    expect(mapDbError(error)).toMatchObject({ status, scimType });
    expect(mapDbError(error)).toBeInstanceOf(ScimError);
  });

  it('leaves unknown failures alone, to become a logged 500', () => {
    const error = wrapped(pgError('XX000'));
    expect(mapDbError(error)).toBe(error);
    expect(mapDbError(new Error('socket closed'))).toBeInstanceOf(Error);
  });

  it('knows deadlocks and serialization failures can be retried', () => {
    expect([isRetryableDbError(wrapped(pgError('40P01'))), isRetryableDbError(pgError('40001')), isRetryableDbError(pgError('23505'))]).toEqual([true, true, false]);
  });
});
