import { asc, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appFieldOptions } from '@/db/schema';
import { listFields } from '@/lib/fields/list-fields';

/** Every application field in display order, with a list field's known values (one query for all options). */
export async function listAppFields(db: Database) {
  const [fields, options] = await Promise.all([
    listFields(db),
    db
      .select({ fieldId: appFieldOptions.fieldId, value: appFieldOptions.value })
      .from(appFieldOptions)
      .orderBy(asc(sql`lower(${appFieldOptions.value})`), asc(appFieldOptions.value)),
  ]);
  const optionsByField = new Map<string, string[]>();
  for (const { fieldId, value } of options) {
    const values = optionsByField.get(fieldId);
    if (values) values.push(value);
    else optionsByField.set(fieldId, [value]);
  }
  return {
    data: fields.map((field) => ({
      machineName: field.machineName,
      label: field.label,
      type: field.type,
      builtin: field.isBuiltin,
      scimPath: field.scimPath,
      claimUri: field.samlClaim,
      options: field.type === 'list' ? (optionsByField.get(field.id) ?? []) : null,
    })),
  };
}
