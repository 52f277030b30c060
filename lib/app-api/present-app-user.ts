import type { ScimUserRow } from '@/db/schema';
import type { AppUser } from '@/lib/contracts/app-api';
import type { UserRole } from '@/lib/group-mappings/list-user-roles';

/**
 * A stored user in the application's terms: every field by machine name (null when empty, so the application
 * sees the same keys on every user) and its roles each with the group that gives it.
 */
export function presentAppUser(row: ScimUserRow, fieldNames: readonly string[], roles: readonly UserRole[]): AppUser {
  return {
    id: row.accountId,
    scimId: row.id,
    externalId: row.externalId,
    userName: row.userName,
    fields: Object.fromEntries(fieldNames.map((name) => [name, row.appFields[name] ?? null])),
    active: row.active && row.deprovisionedAt === null,
    deprovisioned: row.deprovisionedAt !== null,
    deprovisionedAt: row.deprovisionedAt ? new Date(row.deprovisionedAt).toISOString() : null,
    roles: roles.map((role) => ({ id: role.roleId, name: role.roleName, group: { id: role.groupId, displayName: role.groupDisplayName } })),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
