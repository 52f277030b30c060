import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { appFields } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { isUuid } from '@/lib/provisioning/user-store';
import { invalidateFieldCache } from './field-cache';
import { appFieldColumns } from './list-fields';

/**
 * Deletes a registered field with its options (by cascade) and removes its value from every user, audited in the
 * same transaction. Built-in fields cannot be deleted.
 */
export async function deleteField(db: Database, id: string, actor: ConsoleActor): Promise<void> {
  await db.transaction(async (tx) => {
    const [field] = isUuid(id) ? await tx.select(appFieldColumns).from(appFields).where(eq(appFields.id, id)).for('update') : [];
    if (!field) throw new DomainError('not_found', 'This field does not exist (it may have been deleted already).');
    if (field.isBuiltin) throw new DomainError('invalid_input', `"${field.label}" is a built-in field and cannot be deleted; you can change its mapping instead.`);

    const cleared = await queryRows<{ id: string }>(
      tx,
      sql`update scim_users set app_fields = app_fields - ${field.machineName}::text
        where app_fields ? ${field.machineName}::text returning id`,
    );
    await tx.delete(appFields).where(eq(appFields.id, id));
    await recordAuditEvent(tx, {
      operation: 'field.delete',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'Field',
      resourceId: id,
      resourceName: field.machineName,
      changes: [{ field: field.machineName, old: { label: field.label, type: field.type, scimPath: field.scimPath }, new: null }],
      detail: { usersCleared: cleared.length },
    });
  });
  invalidateFieldCache();
}
