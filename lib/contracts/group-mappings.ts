import { z } from 'zod';

const MAX_CHANGE_ENTRIES = 200;

const roleIdSchema = z.uuid({ error: 'Choose a role by its id' });
const groupIdSchema = z.uuid({ error: 'Choose the group by the id of a group the identity provider sent' });
const mappingIdSchema = z.uuid({ error: 'Each entry must be the id of a mapping' });

export const groupDisplayNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter the group name as the identity provider will send it' })
  .max(256, { error: 'Keep the group name to 256 characters or fewer' });

/** A mapping names a received group by id, or a group still to come by its display name, never both. */
export const createMappingBodySchema = z
  .object({ roleId: roleIdSchema, groupId: groupIdSchema.optional(), groupDisplayName: groupDisplayNameSchema.optional() })
  .refine((body) => (body.groupId === undefined) !== (body.groupDisplayName === undefined), {
    error: 'Send either groupId (a group the identity provider sent) or groupDisplayName (a group still to come), not both',
  });
export type CreateMappingBody = z.output<typeof createMappingBodySchema>;

/** The whole set of roles a group gives, saved at once: a received group by id, or a name (received or still to come). */
export const setGroupRolesBodySchema = z
  .object({
    groupId: groupIdSchema.optional(),
    groupDisplayName: groupDisplayNameSchema.optional(),
    roleIds: z.array(roleIdSchema).max(MAX_CHANGE_ENTRIES, { error: `A group can give at most ${MAX_CHANGE_ENTRIES} roles` }),
    /** replace: these are all its roles (the group's role editor); add: keep its roles and add these (pre-mapping). */
    mode: z.enum(['replace', 'add'], { error: 'mode must be "replace" or "add"' }).default('replace'),
  })
  .refine((body) => (body.groupId === undefined) !== (body.groupDisplayName === undefined), {
    error: 'Send either groupId (a group the identity provider sent) or groupDisplayName (a group still to come), not both',
  });
export type SetGroupRolesBody = z.output<typeof setGroupRolesBodySchema>;
export type SetGroupRolesInput = z.input<typeof setGroupRolesBodySchema>;

export const listMappingsQuerySchema = z.object({ roleId: roleIdSchema.optional(), groupId: groupIdSchema.optional() });
export type ListMappingsQuery = z.output<typeof listMappingsQuerySchema>;

export const mappingIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown mapping id' }) });

/** A mapping change as the preview and the save both see it: mappings to add and mapping ids to remove. */
export const mappingChangeBodySchema = z
  .object({
    add: z.array(createMappingBodySchema).max(MAX_CHANGE_ENTRIES, { error: `Add at most ${MAX_CHANGE_ENTRIES} mappings at once` }).default([]),
    remove: z.array(mappingIdSchema).max(MAX_CHANGE_ENTRIES, { error: `Remove at most ${MAX_CHANGE_ENTRIES} mappings at once` }).default([]),
  })
  .refine((body) => body.add.length + body.remove.length > 0, { error: 'The change is empty: add or remove at least one mapping' });
export type MappingChangeBody = z.output<typeof mappingChangeBodySchema>;

export type GroupMappingDto = {
  id: string;
  roleId: string;
  roleName: string;
  /** Null while the mapping waits for a group of its display name to arrive. */
  groupId: string | null;
  /** The group's current name when bound, else the name the mapping waits for. */
  groupDisplayName: string;
  memberCount: number;
  isPending: boolean;
  createdBy: string | null;
  createdAt: string;
};

export type MappingListDto = { mappings: GroupMappingDto[] };

export type RoleEffectDto = { roleId: string; roleName: string; userCount: number };

/** A name already pre-mapped (first spelling kept) and the roles it gives; a save joins it. */
export type PendingNameDto = { displayName: string; roles: { roleId: string; roleName: string }[] };

export type MappingChangePreviewDto = { gains: RoleEffectDto[]; losses: RoleEffectDto[]; pendingNames: PendingNameDto[] };

/** "14 users gain Owner, 1 user loses Viewer"; "No user's roles change" when nothing moves. */
export function describeMappingPreview(preview: MappingChangePreviewDto): string {
  const say = (count: number, singular: string, plural: string) => `${count} ${count === 1 ? `user ${singular}` : `users ${plural}`}`;
  const parts = [
    ...preview.gains.map((effect) => `${say(effect.userCount, 'gains', 'gain')} ${effect.roleName}`),
    ...preview.losses.map((effect) => `${say(effect.userCount, 'loses', 'lose')} ${effect.roleName}`),
  ];
  return parts.length === 0 ? "No user's roles change" : parts.join(', ');
}
