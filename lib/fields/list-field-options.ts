import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appFieldOptions, appFields } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { isUuid } from '@/lib/provisioning/user-store';

/** One option of a list field; `idp` marks the values the identity provider added by sending them. */
export type FieldOption = { id: string; value: string; origin: 'owner' | 'idp'; createdAt: string };

/** A list field's options in alphabetical order (case-insensitive). */
export async function listFieldOptions(db: Database, fieldId: string): Promise<FieldOption[]> {
  const [field] = isUuid(fieldId) ? await db.select({ id: appFields.id }).from(appFields).where(eq(appFields.id, fieldId)) : [];
  if (!field) throw new DomainError('not_found', 'This field does not exist (it may have been deleted).');

  const rows = await db
    .select({ id: appFieldOptions.id, value: appFieldOptions.value, origin: appFieldOptions.origin, createdAt: appFieldOptions.createdAt })
    .from(appFieldOptions)
    .where(eq(appFieldOptions.fieldId, fieldId))
    .orderBy(asc(sql`lower(${appFieldOptions.value})`), asc(appFieldOptions.value));
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
}
