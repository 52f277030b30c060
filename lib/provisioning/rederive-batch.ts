import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { AppFieldDto } from '@/lib/contracts/fields';
import type { SchemaRegistry } from '@/lib/scim';
import { deriveFieldValue } from './map-app-fields';
import { matchListOptions } from './match-list-options';

export type UserRow = { id: string; version: number; document: Record<string, unknown>; appFields: Record<string, string | null> };

export const userRowColumns = {
  id: scimUsers.id,
  version: scimUsers.version,
  document: scimUsers.document,
  appFields: scimUsers.appFields,
};

/** Rows a concurrent write changed are read again this many times; that writer derived the field itself anyway. */
const MAX_ROUNDS = 3;

/** A soft-deleted Entra user keeps its email (see apply-user-mapping.ts); its tombstone name is never derived into it. */
function isTombstoneEmail(field: AppFieldDto, row: UserRow): boolean {
  const { userName, active } = row.document;
  return (
    field.isBuiltin &&
    field.machineName === 'email' &&
    active === false &&
    typeof userName === 'string' &&
    /^[0-9a-f]{32}./i.test(userName) &&
    (row.appFields.email ?? null) !== null
  );
}

async function deriveRows(db: Database, field: AppFieldDto, registry: SchemaRegistry, rows: UserRow[]) {
  const derived = rows.map((row) => ({
    row,
    value: isTombstoneEmail(field, row) ? (row.appFields.email ?? null) : deriveFieldValue(field, row.document, registry),
  }));
  if (field.type === 'list') {
    const values = [...new Set(derived.flatMap((entry) => (entry.value === null ? [] : [entry.value])))];
    const spellings = (await matchListOptions(db, values.map((value) => ({ fieldId: field.id, value })))).get(field.id);
    for (const entry of derived) if (entry.value !== null) entry.value = spellings?.get(entry.value) ?? entry.value;
  }
  return derived.filter(({ row, value }) => !(field.machineName in row.appFields) || row.appFields[field.machineName] !== value);
}

/**
 * Re-derives one field for a batch of users with one UPDATE … FROM the batch's values. The version guard leaves
 * alone rows written since they were read; those are read again and derived from their new document.
 */
export async function rederiveBatch(db: Database, field: AppFieldDto, registry: SchemaRegistry, rows: UserRow[]): Promise<void> {
  let pending = rows;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round += 1) {
    const changes = await deriveRows(db, field, registry, pending);
    if (changes.length === 0) return;

    const values = JSON.stringify(changes.map(({ row, value }) => ({ id: row.id, version: row.version, value })));
    const updated = await queryRows<{ id: string }>(
      db,
      sql`update scim_users u set app_fields = u.app_fields || jsonb_build_object(${field.machineName}::text, v.value)
        from jsonb_to_recordset(${values}::jsonb) as v(id uuid, version integer, value text)
        where u.id = v.id and u.version = v.version
        returning u.id::text as id`,
    );
    const written = new Set(updated.map((row) => row.id));
    const stale = changes.filter(({ row }) => !written.has(row.id)).map(({ row }) => row.id);
    pending = stale.length === 0 ? [] : await db.select(userRowColumns).from(scimUsers).where(inArray(scimUsers.id, stale));
  }
}
