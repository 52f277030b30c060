import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { ENTERPRISE, newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
let serial = 0;

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
afterAll(() => database.close());

async function createUser(extra: Record<string, unknown> = {}): Promise<{ id: string; userName: string }> {
  serial += 1;
  const reply = await scim('POST', '/Users', newUser(`quirk${serial}@contoso.example`, extra));
  expect(reply.status, reply.text).toBe(201);
  return reply.body;
}

const filterPath = (resource: string, filter: string, extra = '') => `/${resource}?filter=${encodeURIComponent(filter)}${extra}`;

describe('Entra ID', () => {
  it('accepts op names in any case ("Replace", "Add", "Remove")', async () => {
    const user = await createUser();
    const reply = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Add', path: 'title', value: 'A' }, { op: 'Replace', path: 'nickName', value: 'N' }, { op: 'Remove', path: 'title' }));
    expect(reply.status).toBe(200);
    expect([reply.body.title, reply.body.nickName]).toEqual([undefined, 'N']);
  });

  it('accepts booleans as strings, on PATCH and on POST, and stores booleans', async () => {
    const user = await createUser({ active: 'True' });
    const reply = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'active', value: 'False' }));
    expect(reply.body.active).toBe(false);
  });

  it('returns a disabled user from GET and from filters', async () => {
    const user = await createUser({ active: false });
    expect((await scim('GET', `/Users/${user.id}`)).body.active).toBe(false);
    expect((await scim('GET', filterPath('Users', `userName eq "${user.userName}"`))).body.totalResults).toBe(1);
  });

  it('path-less Replace: dotted keys and URN-prefixed keys set the attribute, not a literal "name.givenName"', async () => {
    const user = await createUser({ name: { givenName: 'A', familyName: 'B' } });
    const value = { 'name.givenName': 'Given', [`${ENTERPRISE}:employeeNumber`]: '12' };
    const { body } = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', value }));
    expect(body.name).toEqual({ givenName: 'Given', familyName: 'B' });
    expect(body[ENTERPRISE]).toEqual({ employeeNumber: '12' });
    expect(body['name.givenName']).toBeUndefined();
  });

  it('path-less Replace with a nested object merges it', async () => {
    const user = await createUser({ name: { givenName: 'A', familyName: 'B' } });
    const { body } = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', value: { name: { middleName: 'M' } } }));
    expect(body.name).toEqual({ givenName: 'A', familyName: 'B', middleName: 'M' });
  });

  it('Add/Replace on a filtered path whose element does not exist creates it; other elements survive', async () => {
    const user = await createUser({ emails: [{ type: 'home', value: 'home@example.net' }] });
    const { body } = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'work@contoso.example' }, { op: 'Add', path: 'addresses[type eq "work"].formatted', value: '1 Main St' }));
    expect(body.emails).toEqual([{ type: 'home', value: 'home@example.net' }, { type: 'work', value: 'work@contoso.example' }]);
    expect(body.addresses).toEqual([{ type: 'work', formatted: '1 Main St' }]);
  });

  it('manager as a bare id string on its full URN path, then removed', async () => {
    const user = await createUser();
    const path = `${ENTERPRISE}:manager`;
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Add', path, value: 'boss-id' }))).body[ENTERPRISE]).toEqual({ manager: { value: 'boss-id' } });
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Remove', path }))).body[ENTERPRISE]).toBeUndefined();
  });

  it.each([['a string', 'm-1'], ['an object', { value: 'm-1' }], ['a one-element array', [{ value: 'm-1' }]]])('manager as %s on POST', async (_, manager) => {
    const user = await createUser({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE], [ENTERPRISE]: { manager } });
    expect((await scim('GET', `/Users/${user.id}`)).body[ENTERPRISE].manager).toMatchObject({ value: 'm-1' });
  });

  it('creates groups whose schemas carry an extra Microsoft URN', async () => {
    const reply = await scim('POST', '/Groups', newGroup('ADSCIM', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'] }));
    expect(reply.status).toBe(201);
  });

  it('removes members as path "members" with a value list and as members[value eq "…"], and adds many in one operation', async () => {
    const users = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const group = (await scim('POST', '/Groups', newGroup('Removals'))).body;
    const path = `/Groups/${group.id}`;
    expect((await scim('PATCH', path, patch({ op: 'Add', path: 'members', value: users.map((user) => ({ value: user.id })) }))).status).toBe(204);
    await scim('PATCH', path, patch({ op: 'Remove', path: 'members', value: [{ value: users[0].id }] }));
    await scim('PATCH', path, patch({ op: 'Remove', path: `members[value eq "${users[1].id}"]` }));
    const members = (await scim('GET', path)).body.members.map((member: { value: string }) => member.value);
    expect(members.sort()).toEqual([users[2].id, users[3].id].sort());
  });

  it('userName is unique and compared case-insensitively, in filters and conflicts', async () => {
    const user = await createUser();
    expect((await scim('GET', filterPath('Users', `userName eq "${user.userName.toUpperCase()}"`))).body.Resources[0].id).toBe(user.id);
    const conflict = await scim('POST', '/Users', newUser(user.userName.toUpperCase()));
    expect([conflict.status, conflict.body.scimType]).toEqual([409, 'uniqueness']);
  });

  it('the connection test: a filter for a random GUID is 200 with an empty ListResponse', async () => {
    const reply = await scim('GET', filterPath('Users', 'userName eq "4c1f0e5a-2c8b-4f6e-9d3a-7b2e1f0c9d8e"'));
    expect([reply.status, reply.body.totalResults, reply.body.Resources]).toEqual([200, 0, []]);
  });

  it('looks users up by userName, externalId and work email; groups by displayName without members', async () => {
    const user = await createUser({ externalId: 'lookup-ext', emails: [{ type: 'work', value: 'lookup@contoso.example' }] });
    for (const filter of [`userName eq "${user.userName}"`, 'externalId eq "lookup-ext"', 'emails[type eq "work" and value eq "lookup@contoso.example"]']) {
      expect((await scim('GET', filterPath('Users', filter))).body.Resources.map((found: { id: string }) => found.id)).toEqual([user.id]);
    }
    const group = (await scim('POST', '/Groups', newGroup('Lookup Group', { members: [{ value: user.id }] }))).body;
    const reply = await scim('GET', filterPath('Groups', 'displayName eq "lookup group"', '&excludedAttributes=members'));
    expect(reply.body.Resources).toEqual([expect.objectContaining({ id: group.id, displayName: 'Lookup Group' })]);
    expect(reply.body.Resources[0].members).toBeUndefined();
  });

  it('string booleans inside value filters: roles[primary eq "True"].value', async () => {
    const user = await createUser({ roles: [{ value: 'Reader', primary: 'True' }, { value: 'Other' }] });
    const { body } = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'roles[primary eq "True"].value', value: 'Writer' }));
    expect(body.roles.map((role: { value: string }) => role.value)).toEqual(['Writer', 'Other']);
  });

  it('null for unpopulated attributes and "roles": [] on create are accepted and not stored', async () => {
    const user = await createUser({ nickName: null, roles: [], title: null });
    const { body } = await scim('GET', `/Users/${user.id}`);
    expect([body.nickName, body.roles, body.title]).toEqual([undefined, undefined, undefined]);
  });

  it('values come back in the form they were sent', async () => {
    const sent = { displayName: 'Ünïcode  Spaced', phoneNumbers: [{ type: 'work', value: '+44 (0)20 7946 0000' }], 'urn:example:custom': { kept: 'as is' } };
    const user = await createUser(sent);
    expect((await scim('GET', `/Users/${user.id}`)).body).toMatchObject(sent);
  });

  it('repeated and no-op operations succeed: an existing member added again, an equal value set again', async () => {
    const user = await createUser({ title: 'Same' });
    const group = (await scim('POST', '/Groups', newGroup('Repeats', { members: [{ value: user.id }] }))).body;
    expect((await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'Add', path: 'members', value: [{ value: user.id }] }))).status).toBe(204);
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'title', value: 'Same' }))).status).toBe(200);
  });
});

describe('Okta', () => {
  it('a full-resource PUT that omits active does not deactivate', async () => {
    const user = await createUser();
    const { body } = await scim('PUT', `/Users/${user.id}`, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: user.userName, displayName: 'Put' });
    expect([body.active, body.displayName]).toEqual([true, 'Put']);
  });

  it('deactivates with a path-less {"op":"replace","value":{"active":false}}', async () => {
    const user = await createUser();
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'replace', value: { active: false } }))).body.active).toBe(false);
  });

  it('group push replaces members, also with an empty list', async () => {
    const users = await Promise.all([createUser(), createUser()]);
    const group = (await scim('POST', '/Groups', newGroup('Push', { members: [{ value: users[0].id }] }))).body;
    const path = `/Groups/${group.id}`;
    await scim('PATCH', path, patch({ op: 'replace', path: 'members', value: [{ value: users[1].id }] }));
    expect((await scim('GET', path)).body.members.map((member: { value: string }) => member.value)).toEqual([users[1].id]);
    expect((await scim('PATCH', path, patch({ op: 'replace', path: 'members', value: [] }))).status).toBe(204);
    expect((await scim('GET', path)).body.members).toBeUndefined();
  });

  it('renames a group with a path-less replace whose value repeats the read-only id', async () => {
    const group = (await scim('POST', '/Groups', newGroup('Before'))).body;
    const reply = await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'replace', value: { id: group.id, displayName: 'After' } }));
    expect([reply.status, reply.body.displayName]).toEqual([200, 'After']);
  });

  it('pages by startIndex/count in a stable order with integer totalResults and itemsPerPage', async () => {
    const created = [];
    for (let index = 0; index < 5; index += 1) created.push((await createUser({ externalId: 'okta-paging' })).id);
    const seen = [];
    for (const startIndex of [1, 3, 5]) {
      const { body } = await scim('GET', `${filterPath('Users', 'externalId eq "okta-paging"')}&startIndex=${startIndex}&count=2`);
      expect([typeof body.totalResults, typeof body.itemsPerPage, body.totalResults, body.startIndex]).toEqual(['number', 'number', 5, startIndex]);
      seen.push(...body.Resources.map((user: { id: string }) => user.id));
    }
    expect(seen).toEqual(created);
  });
});
