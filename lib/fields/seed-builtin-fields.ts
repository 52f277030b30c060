import type { Database } from '@/db/database';
import { appFields } from '@/db/schema';
import { BUILTIN_FIELDS } from './builtin-fields';
import { invalidateFieldCache } from './field-cache';

/** Inserts the built-in fields a database lacks (idempotent), then drops the cached fields. */
export async function seedBuiltinFields(db: Database): Promise<void> {
  await db
    .insert(appFields)
    .values(
      BUILTIN_FIELDS.map(({ machineName, label, type, scimPath, samlClaim, position }) => ({
        machineName,
        label,
        type,
        scimPath,
        samlClaim,
        position,
        isBuiltin: true,
      })),
    )
    .onConflictDoNothing({ target: appFields.machineName });
  // The rows may still roll back with the caller's transaction: nothing read now may outlive it in the cache.
  invalidateFieldCache();
}
