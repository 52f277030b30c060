import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { appRoles } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { listGroupMappings } from '@/lib/group-mappings/list-group-mappings';
import { isUuid } from '@/lib/provisioning/user-store';
import type { DeletedRoleDto } from '@/lib/contracts/roles';
import { toAppRole } from './role-input';

/** What deleting a role took with it: its mappings (deleted with it) and how many users no longer have it. */

/** Deletes a role and its group mappings, audited in the same transaction; returns what the deletion affected. */
export async function deleteRole(db: Database, id: string, actor: ConsoleActor): Promise<DeletedRoleDto> {
  return db.transaction(async (tx) => {
    const [row] = isUuid(id) ? await tx.select().from(appRoles).where(eq(appRoles.id, id)).for('update') : [];
    if (!row) throw new DomainError('not_found', 'This role does not exist (it may have been deleted already).');

    const mappings = await listGroupMappings(tx, { roleId: id });
    const [{ users }] = await queryRows<{ users: number }>(
      tx,
      sql`select count(distinct gm.user_id)::int as users
        from group_role_mappings m join group_members gm on gm.group_id = m.group_id where m.role_id = ${id}::uuid`,
    );
    await tx.delete(appRoles).where(eq(appRoles.id, id));

    await recordAuditEvent(tx, {
      operation: 'role.delete',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'Role',
      resourceId: id,
      resourceName: row.name,
      changes: diffFields({ name: row.name, description: row.description }, null),
      detail: { mappingsDeleted: mappings.length, usersLosingRole: users },
    });
    return { role: toAppRole(row), mappings, usersLosingRole: users };
  });
}
