import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appRoles } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { findPgError } from '@/db/pg-error';
import type { RoleDto, UpdateRoleBody } from '@/lib/contracts/roles';
import { isUuid } from '@/lib/provisioning/user-store';
import { roleNameTaken, toAppRole } from './role-input';

/** Renames a role or changes its description (a change of case only is a rename too). Audited in the same transaction. */
export async function updateRole(db: Database, id: string, patch: UpdateRoleBody, actor: ConsoleActor): Promise<RoleDto> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = isUuid(id) ? await tx.select().from(appRoles).where(eq(appRoles.id, id)).for('update') : [];
      if (!current) throw new DomainError('not_found', 'This role does not exist (it may have been deleted).');

      const next = { name: patch.name ?? current.name, description: patch.description ?? current.description };
      const changes = diffFields({ name: current.name, description: current.description }, next);
      if (changes.length === 0) return toAppRole(current);

      const [row] = await tx
        .update(appRoles)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(appRoles.id, id))
        .returning();
      await recordAuditEvent(tx, {
        operation: 'role.update',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: 'Role',
        resourceId: id,
        resourceName: next.name,
        changes,
      });
      return toAppRole(row);
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') throw roleNameTaken(patch.name ?? '');
    throw error;
  }
}
