import { z } from 'zod';
import { changeEventSchema } from './change-events';

/**
 * The application's read API (`/api/v1`): the zod schemas of its query parameters and of every response body.
 * Route handlers parse with the query schemas, tests validate answers with the response schemas, and the
 * OpenAPI document (lib/app-api/openapi-document.ts) is generated from these same objects.
 */

export const APP_API_DEFAULT_LIMIT = 50;
export const APP_API_MAX_LIMIT = 200;

export const appApiErrorSchema = z
  .object({
    error: z.object({
      code: z
        .enum(['bad_request', 'unauthorized', 'not_found', 'conflict', 'too_many_requests', 'internal_error'])
        .describe('Stable: branch on this, not on the message'),
      message: z.string().describe('What went wrong and what to do, for a person'),
      field: z.string().optional().describe('The parameter or input the error is about, when it is about one'),
    }),
  })
  .meta({ id: 'Error' });

const limitSchema = z.coerce
  .number({ error: 'limit must be a number' })
  .int({ error: 'limit must be a whole number' })
  .min(1, { error: 'limit must be at least 1' })
  .max(APP_API_MAX_LIMIT, { error: `limit can be at most ${APP_API_MAX_LIMIT}` })
  .default(APP_API_DEFAULT_LIMIT)
  .describe(`Page size, 1 to ${APP_API_MAX_LIMIT}`);

const cursorSchema = z
  .string()
  .min(1, { error: 'cursor is empty: leave it out for the first page' })
  .max(200, { error: 'cursor is not one this API handed out' })
  .optional()
  .describe('`nextCursor` of the previous page; leave out for the first page');

const pageQuery = { limit: limitSchema, cursor: cursorSchema };

const nonBlank = (name: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${name} is empty` })
    .max(320, { error: `${name} is too long` });

export const listUsersQuerySchema = z.strictObject(
  {
    ...pageQuery,
    email: nonBlank('email').optional().describe('Users whose email is this one (case-insensitive)'),
    role: nonBlank('role').optional().describe('Users who have this role (its name, case-insensitive, or its id)'),
    active: z
      .enum(['true', 'false'], { error: 'active must be true or false' })
      .transform((value) => value === 'true')
      .optional()
      .describe('Only active (true) or only inactive and deprovisioned (false) users'),
    updated_after: z.iso
      .datetime({ offset: true, error: 'updated_after must be an ISO 8601 date-time, for example 2026-01-31T12:00:00Z' })
      .transform((value) => new Date(value))
      .optional()
      .describe('Users changed after this instant'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown parameter: ${issue.keys.join(', ')}` : undefined) },
);
export type ListUsersQuery = z.output<typeof listUsersQuerySchema>;

export const lookupUserQuerySchema = z
  .strictObject(
    {
      email: nonBlank('email').optional().describe('The email from the login (SAML or OIDC claim)'),
      userName: nonBlank('userName').optional().describe('The userName the identity provider provisioned (often the UPN)'),
      externalId: nonBlank('externalId').optional().describe("The identity provider's own id (Entra's objectId)"),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown parameter: ${issue.keys.join(', ')}` : undefined) },
  )
  .refine((query) => [query.email, query.userName, query.externalId].filter((value) => value !== undefined).length === 1, {
    error: 'Look up by exactly one of email, userName or externalId',
  });
export type LookupUserQuery = z.output<typeof lookupUserQuerySchema>;

export const pageQuerySchema = z.strictObject(pageQuery, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown parameter: ${issue.keys.join(', ')}` : undefined),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

export const eventsQuerySchema = z.strictObject(
  {
    after: z.string().max(200, { error: 'after is not a cursor this feed handed out' }).optional().describe('`nextCursor` of the previous call; leave out to read from the beginning'),
    limit: limitSchema,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown parameter: ${issue.keys.join(', ')}` : undefined) },
);

export const appUserIdParamsSchema = z.object({ id: z.uuid({ error: 'id must be a Roster user id (a UUID)' }) });

const timestamp = z.iso.datetime({ offset: true });

export const appUserRoleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    group: z.object({ id: z.uuid(), displayName: z.string() }).describe('The identity-provider group that gives the role'),
  })
  .meta({ id: 'UserRole', description: 'A role the user has; a role given by two groups appears once per group' });

export const appUserSchema = z
  .object({
    id: z.uuid().describe('Roster id: the application account, the same across deprovisioning and re-provisioning'),
    scimId: z.uuid().describe('The SCIM resource id the identity provider uses (new after a re-provisioning)'),
    externalId: z.string().nullable(),
    userName: z.string(),
    fields: z
      .record(z.string(), z.string().nullable())
      .describe('Every application field by machine name (the five built-in ones and each registered one); null when empty'),
    active: z.boolean().describe('False when the identity provider deactivated or deprovisioned the user'),
    deprovisioned: z.boolean().describe('True when the identity provider removed the user; the account is kept'),
    deprovisionedAt: timestamp.nullable(),
    roles: z.array(appUserRoleSchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'User' });
export type AppUser = z.infer<typeof appUserSchema>;

export const appUserListSchema = z
  .object({
    data: z.array(appUserSchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  })
  .meta({ id: 'UserList' });
export const appUserResponseSchema = z.object({ data: appUserSchema }).meta({ id: 'UserResponse' });

export const appRoleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    userCount: z.int().describe('Users who have the role through at least one group'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Role' });
export const appRoleListSchema = z.object({ data: z.array(appRoleSchema) }).meta({ id: 'RoleList' });

export const appGroupSchema = z
  .object({
    id: z.uuid().describe('SCIM id of the group'),
    displayName: z.string(),
    memberCount: z.int(),
    roles: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('The roles the group gives its members'),
  })
  .meta({ id: 'Group' });
export const appGroupListSchema = z
  .object({ data: z.array(appGroupSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'GroupList' });

export const appFieldSchema = z
  .object({
    machineName: z.string().describe('The key of the field in a user’s `fields`'),
    label: z.string(),
    type: z.enum(['text', 'list']),
    builtin: z.boolean(),
    scimPath: z.string().describe('Where the value comes from in the SCIM user'),
    claimUri: z.string().nullable().describe('The SAML claim URI the identity provider uses for the same value'),
    options: z.array(z.string()).nullable().describe('The known values of a list field; null for a text field'),
  })
  .meta({ id: 'Field' });
export const appFieldListSchema = z.object({ data: z.array(appFieldSchema) }).meta({ id: 'FieldList' });

export const changeEventListSchema = z
  .object({
    data: z.array(changeEventSchema.meta({ id: 'ChangeEvent' })),
    nextCursor: z.string().describe('Pass as `after` next time; the same cursor back when nothing new is ready'),
  })
  .meta({ id: 'ChangeEventList' });
