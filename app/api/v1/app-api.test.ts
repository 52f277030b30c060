import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { apiKeys, auditEvents, scimUsers } from '@/db/schema';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { refusal } from '@/app/api/console/test-requests';
import { ENTERPRISE, newGroup, newUser, type ScimClient } from '@/e2e/scim/route-client';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import {
  appApiErrorSchema,
  appFieldListSchema,
  appGroupListSchema,
  appRoleListSchema,
  appUserListSchema,
  appUserResponseSchema,
  changeEventListSchema,
  type AppUser,
} from '@/lib/contracts/app-api';
import { registerField } from '@/lib/fields/register-field';
import { mapGroupToRole } from '@/lib/group-mappings/map-group-to-role';
import { createRole } from '@/lib/roles/create-role';
import { updateSettings } from '@/lib/settings/update-settings';
import { DAY_MS } from '@/lib/time/durations';
import { createApiClient, type ApiClient } from './test-api-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

const owner = { id: '0191d4a0-0000-7000-8000-0000000000e1', email: 'owner@roster.example', name: 'Owner', role: 'owner' as const };

let database: OpenDatabase;
let scim: ScimClient;
let scimSecret: string;
let api: ApiClient;
let apiKeySecret: string;
const ids: Record<'ada' | 'bob' | 'carol', { scimId: string; rosterId: string }> = {} as never;
let editorRoleId: string;
let editorsGroupId: string;

/** Provisions a user through SCIM, as an identity provider would, and returns its SCIM id and Roster id. */
async function provisionUser(userName: string, extra: Record<string, unknown> = {}) {
  const created = await scim('POST', '/Users', newUser(userName, extra));
  expect(created.status).toBe(201);
  const [row] = await database.db.select({ accountId: scimUsers.accountId }).from(scimUsers).where(eq(scimUsers.id, created.body.id));
  return { scimId: created.body.id as string, rosterId: row.accountId };
}

async function provision(name: 'ada' | 'bob' | 'carol', extra: Record<string, unknown>) {
  ids[name] = await provisionUser(`${name}@acme.test`, extra);
}

beforeAll(async () => {
  ({ database, scim, secret: scimSecret } = await openScimTest(state));
  const now = new Date();
  ({ secret: apiKeySecret } = await createApiKey(database.db, { name: 'Billing', expiresAt: new Date(now.getTime() + 30 * DAY_MS), createdBy: 'test', actor: owner, now }));
  api = createApiClient(apiKeySecret);

  await registerField(database.db, { machineName: 'cost_center', label: 'Cost center', type: 'text', scimPath: `${ENTERPRISE}:costCenter` }, owner);
  await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
  await provision('ada', {
    externalId: 'entra-ada',
    name: { givenName: 'Ada', familyName: 'Lovelace' },
    emails: [{ type: 'work', value: 'Ada.Lovelace@Acme.test', primary: true }],
    [ENTERPRISE]: { department: 'Engineering', costCenter: 'CC-1' },
  });
  await provision('bob', { externalId: 'entra-bob', emails: [{ type: 'work', value: 'bob@acme.test' }] });
  await provision('carol', { externalId: 'entra-carol', emails: [{ type: 'work', value: 'carol@acme.test' }] });
  expect((await scim('DELETE', `/Users/${ids.carol.scimId}`)).status).toBe(204);

  const editor = await createRole(database.db, { name: 'Editor', description: 'Edits documents' }, owner);
  editorRoleId = editor.id;
  await createRole(database.db, { name: 'Viewer', description: '' }, owner);
  await mapGroupToRole(database.db, { roleId: editor.id, groupDisplayName: 'app-editors' }, owner);
  const group = await scim('POST', '/Groups', newGroup('app-editors', { members: [{ value: ids.ada.scimId }] }));
  editorsGroupId = group.body.id;
});
afterAll(() => database.close());

const userNames = (users: AppUser[]) => users.map((user) => user.userName).sort();

describe('API keys and SCIM tokens are separate', () => {
  it.each([
    ['no Authorization header', null, /Send an API key/],
    ['a header that is not a bearer key', 'Basic dXNlcjpwYXNz', /does not hold a Roster API key/],
    ['an unknown key', `Bearer roster_key_${'A'.repeat(43)}`, /not known/],
  ])('answers 401 to %s, audited', async (_case, authorization, message) => {
    const answer = await api('/users', { authorization });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(appApiErrorSchema.parse(answer.body).error).toEqual({ code: 'unauthorized', message: expect.stringMatching(message) });
    const refusals = await database.db.select().from(auditEvents).where(eq(auditEvents.operation, 'apikey.refused'));
    expect(refusals.at(-1)).toMatchObject({ outcome: 'failure', status: 401, path: '/api/v1/users', clientAddress: '198.51.100.7' });
  });

  it('answers 429 with Retry-After once an address has been refused too often, while a valid key from elsewhere still works', async () => {
    const clientAddress = '192.0.2.44';
    const bad = { authorization: `Bearer roster_key_${'B'.repeat(43)}`, clientAddress };
    for (let attempt = 0; attempt < 20; attempt += 1) expect((await api('/roles', bad)).status).toBe(401);
    const throttled = await api('/roles', bad);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.body.error.code).toBe('too_many_requests');
    expect((await api('/roles')).status).toBe(200);
  });

  it('refuses a SCIM token on /api/v1 with 401', async () => {
    const answer = await api('/users', { authorization: `Bearer ${scimSecret}` });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('unauthorized');
  });

  it('refuses an API key on /scim/v2 with 401', async () => {
    const answer = await scim('GET', '/Users', undefined, { token: apiKeySecret });
    expect(answer.status).toBe(401);
    expect(answer.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  });

  it('refuses a revoked key and an expired key, and records when a key was last used', async () => {
    const now = new Date();
    const revoked = await createApiKey(database.db, { name: 'Old', expiresAt: new Date(now.getTime() + DAY_MS), createdBy: 'test', actor: owner, now });
    expect((await createApiClient(revoked.secret)('/roles')).status).toBe(200);
    const [used] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, revoked.apiKey.id));
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    await revokeApiKey(database.db, { id: revoked.apiKey.id, actor: owner, now: new Date() });
    expect((await createApiClient(revoked.secret)('/roles')).body.error.message).toMatch(/revoked/);

    const expiring = await createApiKey(database.db, { name: 'Brief', expiresAt: new Date(now.getTime() + DAY_MS), createdBy: 'test', actor: owner, now });
    await database.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expiring.apiKey.id));
    const expired = await createApiClient(expiring.secret)('/roles');
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/expired/);
  });
});

describe('GET /api/v1/users', () => {
  it('lists every user in the application view: Roster id, SCIM id, every field by machine name, roles with their group', async () => {
    const answer = await api('/users');
    expect(answer.status).toBe(200);
    const page = appUserListSchema.parse(answer.body);
    expect(userNames(page.data)).toEqual(['ada@acme.test', 'bob@acme.test', 'carol@acme.test']);
    expect(page.nextCursor).toBeNull();

    const ada = page.data.find((user) => user.userName === 'ada@acme.test');
    expect(ada).toMatchObject({
      id: ids.ada.rosterId,
      scimId: ids.ada.scimId,
      externalId: 'entra-ada',
      active: true,
      deprovisioned: false,
      fields: {
        email: 'Ada.Lovelace@Acme.test',
        first_name: 'Ada',
        last_name: 'Lovelace',
        user_organizational_unit: 'Engineering',
        user_region: null,
        cost_center: 'CC-1',
      },
      roles: [{ id: editorRoleId, name: 'Editor', group: { id: editorsGroupId, displayName: 'app-editors' } }],
    });
    const carol = page.data.find((user) => user.userName === 'carol@acme.test');
    expect(carol).toMatchObject({ id: ids.carol.rosterId, active: false, deprovisioned: true, deprovisionedAt: expect.any(String) });
  });

  it('pages with limit and an opaque cursor, without duplicates or gaps while users are added and changed', async () => {
    const seen: AppUser[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await api(`/users?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(answer.status).toBe(200);
      const page = appUserListSchema.parse(answer.body);
      seen.push(...page.data);
      cursor = page.nextCursor;
      if (pages === 0) {
        // Concurrent writes between pages: the first user changes (its updated time moves), and a new one arrives.
        await scim('PATCH', `/Users/${ids.ada.scimId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'displayName', value: 'Ada L.' }] });
        await provisionUser('dave@acme.test');
      }
      pages += 1;
    } while (cursor && pages < 10);

    const rosterIds = seen.map((user) => user.id);
    expect(new Set(rosterIds).size).toBe(rosterIds.length);
    expect(rosterIds).toEqual([...rosterIds].sort());
    // Every user that existed before the first page is seen once; the one added meanwhile may fall on either side.
    for (const name of ['ada', 'bob', 'carol'] as const) expect(rosterIds).toContain(ids[name].rosterId);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['email, case-insensitively', '/users?email=ADA.LOVELACE@acme.TEST', ['ada@acme.test']],
    ['role by name', '/users?role=editor', ['ada@acme.test']],
    ['a role nobody has', '/users?role=Viewer', []],
    ['active=true', '/users?active=true&email=bob@acme.test', ['bob@acme.test']],
    ['active=false (deprovisioned included)', '/users?active=false', ['carol@acme.test']],
    ['updated_after in the future', '/users?updated_after=2999-01-01T00:00:00Z', []],
    ['updated_after in the past', '/users?updated_after=2000-01-01T00:00:00%2B02:00&email=bob@acme.test', ['bob@acme.test']],
  ])('filters by %s', async (_case, path, expected) => {
    const answer = await api(path);
    expect(answer.status).toBe(200);
    expect(userNames(appUserListSchema.parse(answer.body).data)).toEqual(expected);
  });

  it('filters by role id', async () => {
    const answer = await api(`/users?role=${editorRoleId}`);
    expect(userNames(appUserListSchema.parse(answer.body).data)).toEqual(['ada@acme.test']);
  });

  it.each([
    ['limit=0', /^limit: limit must be at least 1/i],
    ['limit=201', /^limit: limit can be at most 200/i],
    ['limit=ten', /^limit: limit must be a number/i],
    ['limit=1.5', /^limit: limit must be a whole number/i],
    ['cursor=not-a-cursor', /^cursor: This is not a cursor this API handed out/i],
    [`cursor=${Buffer.from('["x"]').toString('base64url')}`, /^cursor: This is not a cursor/i],
    ['cursor=', /^cursor: cursor is empty/i],
    ['active=yes', /^active: active must be true or false/i],
    ['updated_after=yesterday', /^updated_after: updated_after must be an ISO 8601 date-time/i],
    ['email=', /^email: email is empty/i],
    ['role=', /^role: role is empty/i],
    ['sort=name', /Unknown parameter: sort/],
    ['limit=1&limit=2', /^limit: /i],
  ])('refuses %s with 400 and a message naming the parameter', async (query, message) => {
    const answer = await api(`/users?${query}`);
    expect(answer.status).toBe(400);
    const refused = appApiErrorSchema.parse(answer.body);
    expect(refused.error.code).toBe('bad_request');
    expect(refusal(refused)).toMatch(message);
  });
});

describe('GET /api/v1/users/{id} and /users/lookup', () => {
  it('finds a user by Roster id, and a deprovisioned one as such', async () => {
    const ada = await api(`/users/${ids.ada.rosterId}`);
    expect(ada.status).toBe(200);
    expect(appUserResponseSchema.parse(ada.body).data).toMatchObject({ userName: 'ada@acme.test', roles: [{ name: 'Editor' }] });
    const carol = await api(`/users/${ids.carol.rosterId}`);
    expect(appUserResponseSchema.parse(carol.body).data).toMatchObject({ deprovisioned: true, active: false });
  });

  it('answers 404 for an unknown id (the SCIM id is not the Roster id) and 400 for a malformed one', async () => {
    const unknown = await api('/users/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect(ids.ada.scimId).not.toBe(ids.ada.rosterId);
    expect((await api(`/users/${ids.ada.scimId}`)).status).toBe(404);
    const malformed = await api('/users/ada');
    expect(malformed.status).toBe(400);
    expect(refusal(malformed.body)).toMatch(/^id: id must be a Roster user id/i);
  });

  it.each([
    ['email=ada.lovelace@acme.test', 'ada'],
    ['userName=ADA@acme.test', 'ada'],
    ['externalId=entra-bob', 'bob'],
  ] as const)('looks up by %s', async (query, name) => {
    const answer = await api(`/users/lookup?${query}`);
    expect(answer.status).toBe(200);
    expect(appUserResponseSchema.parse(answer.body).data.id).toBe(ids[name].rosterId);
  });

  it('returns a deprovisioned user as deprovisioned, never as a fresh account', async () => {
    const answer = await api('/users/lookup?email=carol@acme.test');
    expect(answer.status).toBe(200);
    expect(appUserResponseSchema.parse(answer.body).data).toMatchObject({ id: ids.carol.rosterId, deprovisioned: true, active: false });
  });

  it('answers 404 when nobody matches', async () => {
    const answer = await api('/users/lookup?externalId=nobody');
    expect(answer.status).toBe(404);
    expect(answer.body.error).toEqual({ code: 'not_found', message: 'No provisioned user has this externalId.' });
  });

  it('answers 409 rather than guess when two live users share an email', async () => {
    await provisionUser('robert@acme.test', { emails: [{ type: 'work', value: 'shared@acme.test' }] });
    await provisionUser('bobby@acme.test', { emails: [{ type: 'work', value: 'Shared@acme.test' }] });
    const answer = await api('/users/lookup?email=shared@acme.test');
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('conflict');
  });

  it('finds a re-provisioned user as the same account, live again', async () => {
    const again = await scim('POST', '/Users', newUser('carol@acme.test', { externalId: 'entra-carol', emails: [{ type: 'work', value: 'carol@acme.test' }] }));
    expect(again.status).toBe(201);
    const answer = await api('/users/lookup?userName=carol@acme.test');
    expect(appUserResponseSchema.parse(answer.body).data).toMatchObject({
      id: ids.carol.rosterId,
      scimId: again.body.id,
      active: true,
      deprovisioned: false,
    });
  });

  it.each([
    ['', /Look up by exactly one of email, userName or externalId/],
    ['email=a@acme.test&userName=a', /Look up by exactly one/],
    ['email=', /^email: email is empty/i],
    ['phone=123', /Unknown parameter: phone/],
  ])('refuses the lookup "%s" with 400', async (query, message) => {
    const answer = await api(`/users/lookup?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('bad_request');
    expect(refusal(answer.body)).toMatch(message);
  });
});

describe('roles, groups, fields, events, OpenAPI', () => {
  it('lists roles with their user counts', async () => {
    const answer = await api('/roles');
    expect(appRoleListSchema.parse(answer.body).data).toEqual([
      expect.objectContaining({ id: editorRoleId, name: 'Editor', description: 'Edits documents', userCount: 1 }),
      expect.objectContaining({ name: 'Viewer', userCount: 0 }),
    ]);
  });

  it('lists groups with the roles they give, paged', async () => {
    const first = await api('/groups?limit=1');
    const page = appGroupListSchema.parse(first.body);
    expect(page.data).toEqual([{ id: editorsGroupId, displayName: 'app-editors', memberCount: 1, roles: [{ id: editorRoleId, name: 'Editor' }] }]);
    expect(page.nextCursor).toBeNull();
  });

  it.each([['cursor=abc', /^cursor: This is not a cursor/i], ['limit=-1', /^limit: /i]])('refuses groups?%s with 400', async (query, message) => {
    const answer = await api(`/groups?${query}`);
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('lists fields with machine names, types, list options, SCIM paths and claim URIs', async () => {
    const fields = appFieldListSchema.parse((await api('/fields')).body).data;
    expect(fields.map((field) => field.machineName)).toEqual(['email', 'first_name', 'last_name', 'user_organizational_unit', 'user_region', 'cost_center']);
    expect(fields.find((field) => field.machineName === 'user_organizational_unit')).toEqual({
      machineName: 'user_organizational_unit',
      label: 'Business Unit',
      type: 'list',
      builtin: true,
      scimPath: `${ENTERPRISE}:department`,
      claimUri: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department',
      options: ['Engineering'],
    });
    expect(fields.find((field) => field.machineName === 'cost_center')).toMatchObject({ type: 'text', builtin: false, options: null, claimUri: null });
  });

  it('serves the change feed, and refuses a malformed cursor or limit with 400', async () => {
    const answer = await api('/events?limit=200');
    expect(answer.status).toBe(200);
    const all = changeEventListSchema.parse(answer.body).data;
    expect(all.map((event) => event.type)).toEqual(expect.arrayContaining(['user.created', 'user.deprovisioned', 'user.roles_changed']));
    const first = changeEventListSchema.parse((await api('/events?limit=2')).body);
    const next = changeEventListSchema.parse((await api(`/events?limit=2&after=${encodeURIComponent(first.nextCursor)}`)).body);
    expect([...first.data, ...next.data].map((event) => event.id)).toEqual(all.slice(0, 4).map((event) => event.id));
    for (const query of ['after=not-a-cursor', 'limit=0', 'from=1']) {
      const refused = await api(`/events?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('bad_request');
    }
  });

  it('answers an unknown path with a JSON 404, and only to a caller with a key', async () => {
    const answer = await api('/user');
    expect(answer.status).toBe(404);
    expect(appApiErrorSchema.parse(answer.body).error).toEqual({ code: 'not_found', message: expect.stringContaining('/api/v1/user') });
    expect((await api('/user', { authorization: null })).status).toBe(401);
  });

  it('publishes an OpenAPI 3.1 document generated from the same schemas', async () => {
    const answer = await createApiClient(null)('/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.1.0');
    expect(Object.keys(answer.body.paths).sort()).toEqual(['/events', '/fields', '/groups', '/roles', '/users', '/users/lookup', '/users/{id}']);
    expect(answer.body.servers).toEqual([{ url: 'http://roster.test/api/v1' }]);
    expect(answer.body.components.schemas.User.required).toEqual(expect.arrayContaining(['id', 'scimId', 'fields', 'roles', 'deprovisioned']));
    expect(answer.body.paths['/users'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'limit',
      'cursor',
      'email',
      'role',
      'active',
      'updated_after',
    ]);
  });
});
