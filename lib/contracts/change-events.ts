import { z } from 'zod';

/**
 * One event of the change feed as the application receives it, from `GET /api/v1/events` and in webhook bodies.
 * The `data` of each type is what the triggers of migration 0003 write; this schema is the contract both ways
 * (the read API validates responses with it, and the OpenAPI document is generated from it).
 */

const userRef = z.object({
  id: z.uuid().describe('Roster id: the application account, the same across deprovisioning and re-provisioning'),
  scimId: z.uuid().describe('The SCIM resource id the identity provider uses (new after a re-provisioning)'),
  userName: z.string(),
  externalId: z.string().nullable(),
});

const valueChange = z.object({ old: z.string().nullable(), new: z.string().nullable() });
/** Application fields (built-in and registered, by machine name) plus `userName`, `externalId`, `displayName`. */
const userChanges = z.record(z.string(), valueChange);
const roleRef = z.object({ id: z.uuid(), name: z.string() });

const groupRef = z.object({ id: z.uuid().describe('SCIM id of the group'), displayName: z.string(), externalId: z.string().nullable() });
const roleData = z.object({ id: z.uuid(), name: z.string(), description: z.string() });
const fieldData = z.object({
  id: z.uuid(),
  machineName: z.string(),
  label: z.string(),
  type: z.enum(['text', 'list']),
  scimPath: z.string(),
  samlClaim: z.string().nullable(),
});
const anyChanges = z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() }));

const base = {
  id: z.uuid().describe('Unique event id; the `webhook-id` of its deliveries'),
  cursor: z.string().describe('Position of this event in the feed: pass it as `after` to read what follows'),
  occurredAt: z.iso.datetime({ offset: true }).describe('When the change was made (its transaction time)'),
};

const event = <T extends string, D extends z.ZodType>(type: T, data: D) => z.object({ ...base, type: z.literal(type), data });

export const changeEventSchema = z.discriminatedUnion('type', [
  event('user.created', z.object({ user: userRef, active: z.boolean(), fields: z.record(z.string(), z.string().nullable()) })),
  event('user.updated', z.object({ user: userRef, changes: userChanges })),
  event('user.deactivated', z.object({ user: userRef })),
  event('user.reactivated', z.object({ user: userRef, reprovisioned: z.boolean() })),
  event('user.deprovisioned', z.object({ user: userRef })),
  event('user.deleted', z.object({ user: userRef })),
  event('user.roles_changed', z.object({ user: userRef, oldRoles: z.array(roleRef), newRoles: z.array(roleRef) })),
  event('group.created', z.object({ group: groupRef })),
  event('group.updated', z.object({ group: groupRef, changes: anyChanges })),
  event('group.deleted', z.object({ group: groupRef })),
  event('role.created', z.object({ role: roleData })),
  event('role.updated', z.object({ role: roleData, changes: anyChanges })),
  event('role.deleted', z.object({ role: roleData })),
  event('field.created', z.object({ field: fieldData })),
  event('field.updated', z.object({ field: fieldData, changes: anyChanges })),
  event('field.deleted', z.object({ field: fieldData })),
]);

export type ChangeEvent = z.infer<typeof changeEventSchema>;
export type ChangeEventType = ChangeEvent['type'];

/** Every event type, in the order the console offers them. */
export const changeEventTypes = changeEventSchema.options.map((option) => option.shape.type.value) as ChangeEventType[];
