import { asc } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appFields } from '@/db/schema';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { BUILTIN_FIELDS } from './builtin-fields';
import { seedBuiltinFields } from './seed-builtin-fields';

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
 * Every application field in display order. The built-in ones are seeded the first time a database lacks them:
 * builtin-fields.ts stays their only definition, and no migration can lose them.
 */
export async function listFields(db: Database): Promise<AppFieldDto[]> {
  const fields = await selectFields(db);
  const present = new Set(fields.map((field) => field.machineName));
  if (BUILTIN_FIELDS.every((field) => present.has(field.machineName))) return fields;
  await seedBuiltinFields(db);
  return selectFields(db);
}
