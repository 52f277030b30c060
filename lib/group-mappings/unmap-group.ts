import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { groupRoleMappings } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { isUuid } from '@/lib/provisioning/user-store';
import type { GroupMappingDto } from '@/lib/contracts/group-mappings';
import { listGroupMappings } from './list-group-mappings';

/** Removes one group→role mapping (bound or pending) and returns it; audited in the same transaction. */
export async function unmapGroup(db: Database, mappingId: string, actor: ConsoleActor): Promise<GroupMappingDto> {
  return db.transaction(async (tx) => {
    const [mapping] = isUuid(mappingId) ? await listGroupMappings(tx, { ids: [mappingId] }) : [];
    if (!mapping) throw new DomainError('not_found', 'This mapping does not exist (it may have been removed already).');

    const deleted = await tx.delete(groupRoleMappings).where(eq(groupRoleMappings.id, mappingId)).returning({ id: groupRoleMappings.id });
    if (deleted.length === 0) throw new DomainError('not_found', 'This mapping does not exist (it may have been removed already).');

    await recordAuditEvent(tx, {
      operation: 'mapping.delete',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'GroupMapping',
      resourceId: mapping.id,
      resourceName: `${mapping.groupDisplayName} → ${mapping.roleName}`,
      changes: diffFields({ role: mapping.roleName, group: mapping.groupDisplayName, pending: mapping.isPending }, null),
      detail: { roleId: mapping.roleId, groupId: mapping.groupId },
    });
    return mapping;
  });
}
