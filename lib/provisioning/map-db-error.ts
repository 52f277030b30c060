import { findPgError } from '@/db/pg-error';
import { ScimError, scimErrors } from '@/lib/scim';

/** Deadlocks and serialization failures: the transaction may simply be run again. */
export function isRetryableDbError(error: unknown): boolean {
  const code = findPgError(error)?.code;
  return code === '40001' || code === '40P01';
}

const UNIQUENESS_MESSAGES: Record<string, string> = {
  scim_users_user_name_live_key: 'A user with this userName already exists (userName is compared case-insensitively).',
};

/**
 * Turns PostgreSQL errors caused by the request's data into SCIM errors (STYLE §6.3): 23505 → 409
 * uniqueness, values PostgreSQL cannot store → 400 invalidValue. Anything else is returned unchanged.
 */
export function mapDbError(error: unknown): unknown {
  if (error instanceof ScimError) return error;
  const pg = findPgError(error);
  if (!pg) return error;
  switch (pg.code) {
    case '23505': {
      const constraint = pg.constraint_name ?? pg.constraint ?? '';
      return scimErrors.uniqueness(UNIQUENESS_MESSAGES[constraint] ?? 'A resource with the same unique value already exists.');
    }
    case '22P02':
    case '22P05':
    case '22021':
      return scimErrors.invalidValue('A value in the request cannot be stored (invalid characters or format).');
    case '54000':
      return scimErrors.invalidValue('A value in the request is too long to be stored or indexed.');
    default:
      return error;
  }
}
