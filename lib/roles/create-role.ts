import type { Database } from '@/db/database';
import { appRoles } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { findPgError } from '@/db/pg-error';
import type { CreateRoleBody, RoleDto } from '@/lib/contracts/roles';
import { roleNameTaken, toAppRole } from './role-input';

/**
 * Creates an application role; names are unique without regard to case. Audited in the same transaction.
 * The input is already parsed by `createRoleBodySchema` (trimmed, within length).
 */
export async function createRole(db: Database, { name, description }: CreateRoleBody, actor: ConsoleActor): Promise<RoleDto> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(appRoles).values({ name, description }).returning();
      await recordAuditEvent(tx, {
        operation: 'role.create',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: 'Role',
        resourceId: row.id,
        resourceName: name,
        changes: diffFields(null, { name, description }),
      });
      return toAppRole(row);
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') throw roleNameTaken(name);
    throw error;
  }
}
