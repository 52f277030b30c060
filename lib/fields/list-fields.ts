import { asc } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appFields } from '@/db/schema';
import { BUILTIN_FIELDS } from './builtin-fields';
import { invalidateFieldCache } from './field-cache';

/** An application field: one of the five built-in ones or one the owner registered. */
export type AppField = {
  id: string;
  machineName: string;
  label: string;
  type: 'text' | 'list';
  scimPath: string;
  samlClaim: string | null;
  isBuiltin: boolean;
  position: number;
};

export const appFieldColumns = {
  id: appFields.id,
  machineName: appFields.machineName,
  label: appFields.label,
  type: appFields.type,
  scimPath: appFields.scimPath,
  samlClaim: appFields.samlClaim,
  isBuiltin: appFields.isBuiltin,
  position: appFields.position,
};

const selectFields = (db: Database) => db.select(appFieldColumns).from(appFields).orderBy(asc(appFields.position), asc(appFields.machineName));

/**
 * Every application field in display order. The built-in ones are seeded here, idempotently, the first time a
 * database lacks them: builtin-fields.ts stays their only definition, and no migration can lose them.
 */
export async function listFields(db: Database): Promise<AppField[]> {
  const fields = await selectFields(db);
  const present = new Set(fields.map((field) => field.machineName));
  if (BUILTIN_FIELDS.every((field) => present.has(field.machineName))) return fields;

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
  return selectFields(db);
}
