import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { appRoles, groupRoleMappings, scimGroups } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { setGroupRolesBodySchema, type SetGroupRolesBody, type SetGroupRolesInput } from '@/lib/contracts/group-mappings';
import { DomainError } from '@/lib/errors/domain-error';
import { findPgError } from '@/db/pg-error';
import { findGroupByDisplayName } from './find-group-by-display-name';
import type { GroupMappingDto } from '@/lib/contracts/group-mappings';
import { listGroupMappings } from './list-group-mappings';
import { findPendingSpelling } from './pending-spelling';

/** A received group (by id, or a name that matches one), or a name no group has yet. */
type Target = { kind: 'group'; id: string; displayName: string } | { kind: 'pending'; displayName: string };

export type SavedGroupRoles = { mappings: GroupMappingDto[]; added: number; removed: number };

async function resolveTarget(db: Database, body: SetGroupRolesBody): Promise<Target> {
  if (body.groupId !== undefined) {
    const [group] = await db.select({ id: scimGroups.id, displayName: scimGroups.displayName }).from(scimGroups).where(eq(scimGroups.id, body.groupId));
    if (!group) throw new DomainError('not_found', 'This group has not been received from the identity provider (it may have been deleted).');
    return { kind: 'group', ...group };
  }
  const group = await findGroupByDisplayName(db, body.groupDisplayName!);
  if (group) return { kind: 'group', ...group };
  return { kind: 'pending', displayName: (await findPendingSpelling(db, body.groupDisplayName!)) ?? body.groupDisplayName! };
}

function targetCondition(target: Target) {
  return target.kind === 'group'
    ? eq(groupRoleMappings.groupId, target.id)
    : and(isNull(groupRoleMappings.groupId), sql`lower(${groupRoleMappings.groupDisplayName}) = lower(${target.displayName})`);
}

const sortedNames = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

/**
 * Replaces the set of roles a group gives (DESIGN "Roles") in one transaction with one audit entry: the roles not in
 * `roleIds` are unmapped, the new ones mapped (mode `add` only maps). A pending name keeps the spelling it was
 * first pre-mapped with.
 */
export async function setGroupRoles(db: Database, input: SetGroupRolesInput, actor: ConsoleActor): Promise<SavedGroupRoles> {
  const body = setGroupRolesBodySchema.parse(input);
  const ticked = [...new Set(body.roleIds.map((id) => id.toLowerCase()))];
  try {
    return await db.transaction(async (tx) => {
      const roles = ticked.length === 0 ? [] : await tx.select({ id: appRoles.id, name: appRoles.name }).from(appRoles).where(inArray(appRoles.id, ticked));
      if (roles.length !== ticked.length) throw new DomainError('not_found', 'A role you ticked no longer exists (it may have been deleted). Reload the page and try again.');

      const target = await resolveTarget(tx, body);
      const current = await tx
        .select({ id: groupRoleMappings.id, roleId: groupRoleMappings.roleId })
        .from(groupRoleMappings)
        .where(targetCondition(target));
      const currentRoleIds = new Set(current.map((mapping) => mapping.roleId));
      const wanted = body.mode === 'add' ? [...new Set([...currentRoleIds, ...ticked])] : ticked;
      const removed = current.filter((mapping) => !wanted.includes(mapping.roleId));
      const added = roles.filter((role) => !currentRoleIds.has(role.id));

      if (removed.length > 0) await tx.delete(groupRoleMappings).where(inArray(groupRoleMappings.id, removed.map((mapping) => mapping.id)));
      if (added.length > 0) {
        await tx.insert(groupRoleMappings).values(
          added.map((role) => ({
            roleId: role.id,
            groupId: target.kind === 'group' ? target.id : null,
            groupDisplayName: target.displayName,
            createdBy: actor.email,
          })),
        );
      }
      const mappings = (await listGroupMappings(tx, target.kind === 'group' ? { groupId: target.id } : {})).filter(
        (mapping) => target.kind === 'group' || (mapping.isPending && mapping.groupDisplayName.toLowerCase() === target.displayName.toLowerCase()),
      );
      if (removed.length + added.length === 0) return { mappings, added: 0, removed: 0 };

      const allNames = new Map((await tx.select({ id: appRoles.id, name: appRoles.name }).from(appRoles).where(inArray(appRoles.id, [...currentRoleIds, ...wanted]))).map((role) => [role.id, role.name]));
      const namesOf = (ids: Iterable<string>) => sortedNames([...ids].map((id) => allNames.get(id) ?? id));
      await recordAuditEvent(tx, {
        operation: 'mapping.update',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: target.kind === 'group' ? 'Group' : 'GroupMapping',
        resourceId: target.kind === 'group' ? target.id : undefined,
        resourceName: target.displayName,
        changes: diffFields({ roles: namesOf(currentRoleIds) }, { roles: namesOf(wanted) }),
        detail: { added: namesOf(added.map((role) => role.id)), removed: namesOf(removed.map((mapping) => mapping.roleId)), pending: target.kind === 'pending' },
      });
      return { mappings, added: added.length, removed: removed.length };
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') {
      throw new DomainError('conflict', 'Someone else changed this group’s roles at the same time. Reload the page and try again.');
    }
    throw error;
  }
}
