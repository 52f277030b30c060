import { z } from 'zod';
import type { GroupMappingDto } from './group-mappings';

export const roleNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a role name, for example Viewer.' })
  .max(80, { error: 'Keep the role name to 80 characters or fewer.' });

export const roleDescriptionSchema = z.string().trim().max(500, { error: 'Keep the description to 500 characters or fewer.' });

export const createRoleBodySchema = z.object({
  name: roleNameSchema,
  description: roleDescriptionSchema.optional().default(''),
});
export type CreateRoleInput = z.input<typeof createRoleBodySchema>;
export type CreateRoleBody = z.output<typeof createRoleBodySchema>;

/** Rename, describe, or both. */
export const updateRoleBodySchema = z
  .object({ name: roleNameSchema.optional(), description: roleDescriptionSchema.optional() })
  .refine((body) => body.name !== undefined || body.description !== undefined, {
    error: 'Send a new name, a new description, or both',
  });
export type UpdateRoleInput = z.input<typeof updateRoleBodySchema>;
export type UpdateRoleBody = z.output<typeof updateRoleBodySchema>;

export const roleIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown role id' }) });

/** An application role (DESIGN "Roles"). */
export type RoleDto = { id: string; name: string; description: string; createdAt: string; updatedAt: string };

export type RoleSummaryDto = RoleDto & {
  /** Mappings to received groups and pre-mappings by name together. */
  mappingCount: number;
  pendingMappingCount: number;
  /** Users who have the role through at least one group. */
  userCount: number;
};

export type RoleListDto = { roles: RoleSummaryDto[] };

/** What deleting a role took with it: its mappings and how many users no longer have it. */
export type DeletedRoleDto = { role: RoleDto; mappings: GroupMappingDto[]; usersLosingRole: number };
