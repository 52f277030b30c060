import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import {
  appApiErrorSchema,
  appFieldListSchema,
  appGroupListSchema,
  appRoleListSchema,
  appUserIdParamsSchema,
  appUserListSchema,
  appUserResponseSchema,
  changeEventListSchema,
  eventsQuerySchema,
  listUsersQuerySchema,
  lookupUserQuerySchema,
  pageQuerySchema,
} from '@/lib/contracts/app-api';

const error = (description: string) => ({ description, content: { 'application/json': { schema: appApiErrorSchema } } });

/** One GET operation: its answer, and the refusals every operation shares. */
function read(summary: string, schema: z.ZodType, extra: Partial<ZodOpenApiOperationObject> = {}): ZodOpenApiOperationObject {
  return {
    summary,
    security: [{ apiKey: [] }],
    ...extra,
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema } } },
      400: error('A parameter is not valid; the message names it'),
      401: error('The API key is missing, unknown, expired or revoked (a SCIM token is refused too)'),
      429: error('Too many refused attempts from this address; see Retry-After'),
      ...extra.responses,
    },
  };
}

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the zod schemas the routes parse with and the tests
 * validate against, so it cannot drift from what the API does.
 */
export function buildOpenApiDocument(serverUrl: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Roster application API',
      version: '1.0.0',
      description: 'What the identity provider provisioned, in the application’s terms: users, roles, groups, fields, and the change feed.',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from the console (roster_key_…)' } } },
    paths: {
      '/users': { get: read('Users, keyset-paged by Roster id, with filters', appUserListSchema, { requestParams: { query: listUsersQuerySchema } }) },
      '/users/lookup': {
        get: read('The provisioned user behind an SSO login', appUserResponseSchema, {
          requestParams: { query: lookupUserQuerySchema },
          responses: { 404: error('No user has this value'), 409: error('Several live users share this email') },
        }),
      },
      '/users/{id}': {
        get: read('One user by Roster id', appUserResponseSchema, {
          requestParams: { path: appUserIdParamsSchema },
          responses: { 404: error('No user has this id') },
        }),
      },
      '/roles': { get: read('Every role', appRoleListSchema) },
      '/groups': { get: read('Groups with the roles they give, keyset-paged', appGroupListSchema, { requestParams: { query: pageQuerySchema } }) },
      '/fields': { get: read('Application fields: machine names, types, list options, SCIM paths, claim URIs', appFieldListSchema) },
      '/events': { get: read('The change feed in commit order', changeEventListSchema, { requestParams: { query: eventsQuerySchema } }) },
    },
  });
}
