import { z } from 'zod';

export const DIRECTORY_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_DIRECTORY_PAGE_SIZE = 25;
export const MAX_DIRECTORY_PAGE_SIZE = 100;

/** `all` includes deprovisioned accounts (issue 13): the console finds every user it ever knew. */
export const USER_STATUSES = ['all', 'active', 'inactive', 'deprovisioned'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const GROUP_MAPPING_STATES = ['all', 'mapped', 'unmapped'] as const;

/** Blank means "no search"; anything longer than a name is a mistake, not a search. */
const searchSchema = z
  .string()
  .trim()
  .max(200, { error: 'Keep the search to 200 characters or fewer' })
  .optional()
  .transform((value) => value || undefined);

export const pageSchema = z.object({
  startIndex: z.coerce
    .number({ error: 'The start index must be a number' })
    .int({ error: 'The start index must be a whole number' })
    .min(1, { error: 'The start index starts at 1' })
    .default(1),
  count: z.coerce
    .number({ error: 'count must be a number' })
    .int({ error: 'count must be a whole number' })
    .min(1, { error: 'count must be at least 1' })
    .max(MAX_DIRECTORY_PAGE_SIZE, { error: `Show at most ${MAX_DIRECTORY_PAGE_SIZE} per page` })
    .default(DEFAULT_DIRECTORY_PAGE_SIZE),
});
export type Page = z.output<typeof pageSchema>;

export const listUsersQuerySchema = pageSchema.extend({
  q: searchSchema,
  status: z.enum(USER_STATUSES, { error: 'status must be all, active, inactive or deprovisioned' }).default('all'),
});
export type ListUsersQuery = z.output<typeof listUsersQuerySchema>;

export const listGroupsQuerySchema = pageSchema.extend({
  q: searchSchema,
  mapping: z.enum(GROUP_MAPPING_STATES, { error: 'mapping must be all, mapped or unmapped' }).default('all'),
});
export type ListGroupsQuery = z.output<typeof listGroupsQuerySchema>;

export const listGroupMembersQuerySchema = pageSchema;
export type ListGroupMembersQuery = z.output<typeof listGroupMembersQuerySchema>;

export const userIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown user id' }) });
export const groupIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown group id' }) });

/** A role a user holds, with the group that gave it (a user can hold one role through several groups). */
export type UserRoleDto = { roleId: string; roleName: string; groupId: string; groupDisplayName: string };

export type DirectoryUserDto = {
  id: string;
  userName: string;
  displayName: string | null;
  /** name.formatted, else givenName and familyName joined. */
  name: string | null;
  email: string | null;
  externalId: string | null;
  active: boolean;
  appFields: Record<string, string | null>;
  roles: UserRoleDto[];
  /** When the IdP last changed the user (meta.lastModified). */
  lastChange: string;
  /** When a DELETE deprovisioned the user ("Deactivate and keep"); null while the user is provisioned. */
  deprovisionedAt: string | null;
};

export type UserListDto = { users: DirectoryUserDto[]; total: number; startIndex: number; count: number };

export type GroupRefDto = { id: string; displayName: string };

export type UserDetailDto = {
  user: DirectoryUserDto & { created: string; version: number };
  groups: GroupRefDto[];
  /** The SCIM resource as the SCIM API returns it (schemas, id, the stored attributes, meta). */
  scimDocument: Record<string, unknown>;
};

export type MappedRoleDto = { roleId: string; roleName: string; mappingId: string };

export type DirectoryGroupDto = {
  id: string;
  displayName: string;
  externalId: string | null;
  memberCount: number;
  roles: MappedRoleDto[];
  lastChange: string;
};

export type GroupListDto = {
  groups: DirectoryGroupDto[];
  total: number;
  startIndex: number;
  count: number;
  /** Groups received that give no role, over the whole directory (ignores the search). */
  unmappedCount: number;
};

export type GroupMemberDto = { id: string; userName: string; displayName: string | null; email: string | null; active: boolean };

export type GroupMemberListDto = {
  group: DirectoryGroupDto;
  members: GroupMemberDto[];
  total: number;
  startIndex: number;
  count: number;
};
