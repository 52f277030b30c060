import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '@/db/database';
import { appRoles, groupRoleMappings, scimGroups } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { isUuid } from '@/lib/provisioning/user-store';
import { findGroupByDisplayName } from './find-group-by-display-name';
import { mapGroupInputSchema } from './map-group-to-role';

const previewInputSchema = z.object({
  add: z.array(mapGroupInputSchema).max(200).optional().default([]),
  remove: z.array(z.string().refine(isUuid, { error: 'Each entry must be the id of a mapping.' })).max(200).optional().default([]),
});

export type MappingChange = z.input<typeof previewInputSchema>;

export type RoleEffect = { roleId: string; roleName: string; userCount: number };

/** A name already waiting for its group, in the spelling it was first pre-mapped with, and the roles it gives. */
export type PendingName = { displayName: string; roles: { roleId: string; roleName: string }[] };

/**
 * "14 users gain Owner, 2 lose Viewer": who would gain or lose each role if the change were saved; and the names
 * the change adds to that are already pre-mapped (in any letter case), which the save joins.
 */
export type MappingChangePreview = { gains: RoleEffect[]; losses: RoleEffect[]; pendingNames: PendingName[] };

type Row = RoleEffect & { kind: 'gain' | 'loss' };

/** The groups the additions would bind to; a name no received group has yet binds to nothing, so it changes no one's roles. */
async function resolveAdditions(db: Database, add: z.output<typeof previewInputSchema>['add']) {
  const roleIds = [...new Set(add.map((entry) => entry.roleId.toLowerCase()))];
  const roles = roleIds.length === 0 ? [] : await db.select({ id: appRoles.id }).from(appRoles).where(inArray(appRoles.id, roleIds));
  if (roles.length !== roleIds.length) throw DomainError.about('add', 'not_found', 'A role in the change does not exist (it may have been deleted).');

  const groupIds = [...new Set(add.flatMap((entry) => (entry.groupId ? [entry.groupId.toLowerCase()] : [])))];
  const groups = groupIds.length === 0 ? [] : await db.select({ id: scimGroups.id }).from(scimGroups).where(inArray(scimGroups.id, groupIds));
  if (groups.length !== groupIds.length) throw DomainError.about('add', 'not_found', 'A group in the change has not been received from the identity provider.');

  const resolved: { roleId: string; groupId: string }[] = [];
  for (const entry of add) {
    const groupId = entry.groupId ?? (await findGroupByDisplayName(db, entry.groupDisplayName!))?.id;
    if (groupId) resolved.push({ roleId: entry.roleId, groupId });
  }
  return resolved;
}

async function findPendingNames(db: Database, add: z.output<typeof previewInputSchema>['add']): Promise<PendingName[]> {
  const names = [...new Set(add.flatMap((entry) => (entry.groupDisplayName ? [entry.groupDisplayName.toLowerCase()] : [])))];
  if (names.length === 0) return [];
  const rows = await queryRows<{ key: string; display_name: string; role_id: string; role_name: string }>(
    db,
    sql`select lower(m.group_display_name) as key,
               first_value(m.group_display_name) over (partition by lower(m.group_display_name) order by m.created_at, m.id) as display_name,
               r.id::text as role_id, r.name as role_name
        from group_role_mappings m join app_roles r on r.id = m.role_id
        where m.group_id is null and lower(m.group_display_name) in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
        order by lower(r.name)`,
  );
  const byName = new Map<string, PendingName>();
  for (const row of rows) {
    const entry = byName.get(row.key) ?? { displayName: row.display_name, roles: [] };
    entry.roles.push({ roleId: row.role_id, roleName: row.role_name });
    byName.set(row.key, entry);
  }
  return [...byName.values()];
}

/**
 * Computes in SQL, before a mapping change is saved, which users would gain a role they have through no group
 * today, and which would lose one they would keep through no remaining group. Only the members of the groups the
 * change touches are looked at.
 */
export async function previewMappingChange(db: Database, change: MappingChange): Promise<MappingChangePreview> {
  const { add, remove } = previewInputSchema.parse(change);
  const additions = await resolveAdditions(db, add);
  if (remove.length > 0) {
    const found = await db.select({ id: groupRoleMappings.id }).from(groupRoleMappings).where(inArray(groupRoleMappings.id, remove));
    if (found.length !== new Set(remove.map((id) => id.toLowerCase())).size) {
      throw DomainError.about('remove', 'not_found', 'A mapping in the change does not exist (it may have been removed already).');
    }
  }

  const rows = await queryRows<Row>(
    db,
    sql`with removed as (select value::uuid as id from jsonb_array_elements_text(${JSON.stringify(remove)}::jsonb)),
      added as (
        select (e->>'roleId')::uuid as role_id, (e->>'groupId')::uuid as group_id
        from jsonb_array_elements(${JSON.stringify(additions)}::jsonb) as e
      ),
      current_map as (select id, role_id, group_id from group_role_mappings where group_id is not null),
      next_map as (
        select role_id, group_id from current_map where id not in (select id from removed)
        union select role_id, group_id from added
      ),
      touched as (select group_id from current_map where id in (select id from removed) union select group_id from added),
      affected as (select distinct user_id from group_members where group_id in (select group_id from touched)),
      before_roles as (
        select distinct gm.user_id, m.role_id from current_map m join group_members gm on gm.group_id = m.group_id
        where gm.user_id in (select user_id from affected)
      ),
      after_roles as (
        select distinct gm.user_id, m.role_id from next_map m join group_members gm on gm.group_id = m.group_id
        where gm.user_id in (select user_id from affected)
      ),
      effects as (
        select 'gain' as kind, role_id, count(*)::int as n from (select * from after_roles except select * from before_roles) x group by role_id
        union all
        select 'loss' as kind, role_id, count(*)::int as n from (select * from before_roles except select * from after_roles) y group by role_id
      )
      select e.kind, r.id::text as "roleId", r.name as "roleName", e.n as "userCount"
      from effects e join app_roles r on r.id = e.role_id
      order by lower(r.name)`,
  );
  const effects = (kind: Row['kind']) => rows.filter((row) => row.kind === kind).map(({ kind: _kind, ...effect }) => effect);
  return { gains: effects('gain'), losses: effects('loss'), pendingNames: await findPendingNames(db, add) };
}
