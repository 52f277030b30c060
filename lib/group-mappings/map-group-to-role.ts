import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/database';
import { appRoles, groupRoleMappings, scimGroups } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { findPgError } from '@/db/pg-error';
import { findGroupByDisplayName } from './find-group-by-display-name';
import type { GroupMappingDto } from '@/lib/contracts/group-mappings';
import { listGroupMappings } from './list-group-mappings';
import { findPendingSpelling } from './pending-spelling';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const mapGroupInputSchema = z
  .object({
    roleId: z.string().regex(UUID, { error: 'Choose a role by its id.' }),
    groupId: z.string().regex(UUID, { error: 'Choose the group by the id of a group the identity provider sent.' }).optional(),
    groupDisplayName: z
      .string()
      .trim()
      .min(1, { error: 'Enter the group name as the identity provider will send it.' })
      .max(256, { error: 'Keep the group name to 256 characters or fewer.' })
      .optional(),
  })
  .refine((input) => (input.groupId === undefined) !== (input.groupDisplayName === undefined), {
    error: 'Send either groupId (a group the identity provider sent) or groupDisplayName (a group still to come), not both.',
  });

export type MapGroupInput = z.input<typeof mapGroupInputSchema>;

type Group = { id: string; displayName: string };

async function findGroup(db: Database, input: z.output<typeof mapGroupInputSchema>): Promise<Group | undefined> {
  if (input.groupId === undefined) return findGroupByDisplayName(db, input.groupDisplayName!);
  const [group] = await db.select({ id: scimGroups.id, displayName: scimGroups.displayName }).from(scimGroups).where(eq(scimGroups.id, input.groupId));
  if (!group) throw new DomainError('not_found', 'No group with this id has been received from the identity provider.');
  return group;
}

const samePendingName = (roleId: string, name: string) =>
  and(eq(groupRoleMappings.roleId, roleId), isNull(groupRoleMappings.groupId), sql`lower(${groupRoleMappings.groupDisplayName}) = lower(${name})`);

/** Binds the role to an existing group, taking over a pre-mapping of the same role to the group's name if there is one. */
async function mapExistingGroup(db: Database, roleId: string, group: Group, createdBy: string): Promise<string> {
  const [bound] = await db
    .select({ id: groupRoleMappings.id })
    .from(groupRoleMappings)
    .where(and(eq(groupRoleMappings.roleId, roleId), eq(groupRoleMappings.groupId, group.id)));
  if (bound) throw new DomainError('conflict', `The group "${group.displayName}" is already mapped to this role.`);

  const [taken] = await db
    .update(groupRoleMappings)
    .set({ groupId: group.id, groupDisplayName: group.displayName })
    .where(samePendingName(roleId, group.displayName))
    .returning({ id: groupRoleMappings.id });
  if (taken) return taken.id;

  const [created] = await db
    .insert(groupRoleMappings)
    .values({ roleId, groupId: group.id, groupDisplayName: group.displayName, createdBy })
    .returning({ id: groupRoleMappings.id });
  return created.id;
}

async function mapPendingName(db: Database, roleId: string, name: string, createdBy: string): Promise<string> {
  const [pending] = await db.select({ id: groupRoleMappings.id }).from(groupRoleMappings).where(samePendingName(roleId, name));
  if (pending) throw new DomainError('conflict', `A group named "${name}" is already pre-mapped to this role.`);
  const spelling = (await findPendingSpelling(db, name)) ?? name;
  const [created] = await db
    .insert(groupRoleMappings)
    .values({ roleId, groupId: null, groupDisplayName: spelling, createdBy })
    .returning({ id: groupRoleMappings.id });
  return created.id;
}

/**
 * Maps a role to an IdP group (DESIGN "Roles"): by id, or by display name. A name that matches a received group
 * binds at once; otherwise the mapping waits (pending) and binds when a group of that name is created or renamed
 * to it (bind-pending-mappings.ts). The group's name is kept with the mapping either way. Audited in the same transaction.
 */
export async function mapGroupToRole(db: Database, input: MapGroupInput, actor: ConsoleActor): Promise<GroupMappingDto> {
  const parsed = mapGroupInputSchema.parse(input);
  try {
    return await db.transaction(async (tx) => {
      const [role] = await tx.select({ id: appRoles.id, name: appRoles.name }).from(appRoles).where(eq(appRoles.id, parsed.roleId));
      if (!role) throw new DomainError('not_found', 'This role does not exist (it may have been deleted).');

      const group = await findGroup(tx, parsed);
      const id = group
        ? await mapExistingGroup(tx, role.id, group, actor.email)
        : await mapPendingName(tx, role.id, parsed.groupDisplayName!, actor.email);
      const [mapping] = await listGroupMappings(tx, { ids: [id] });

      await recordAuditEvent(tx, {
        operation: 'mapping.create',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: 'GroupMapping',
        resourceId: id,
        resourceName: `${mapping.groupDisplayName} → ${role.name}`,
        changes: diffFields(null, { role: role.name, group: mapping.groupDisplayName, pending: mapping.isPending }),
        detail: { roleId: role.id, groupId: mapping.groupId },
      });
      return mapping;
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') {
      throw new DomainError('conflict', 'This group is already mapped to this role (someone saved the same mapping at the same time).');
    }
    throw error;
  }
}
