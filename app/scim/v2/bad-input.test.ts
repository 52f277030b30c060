import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
let userId: string;
let groupId: string;

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
  userId = (await scim('POST', '/Users', newUser('steady@contoso.example', { title: 'Original' }))).body.id;
  groupId = (await scim('POST', '/Groups', newGroup('Steady', { members: [{ value: userId }] }))).body.id;
});
afterAll(() => database.close());

async function snapshot(): Promise<string> {
  const rows = await queryRows(database.db, sql`select
    (select jsonb_agg(jsonb_build_array(id, document, version) order by id) from scim_users) as users,
    (select jsonb_agg(jsonb_build_array(id, document, version) order by id) from scim_groups) as groups,
    (select count(*) from group_members) as members`);
  return JSON.stringify(rows);
}

function oversizedStream(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

const user = () => `/Users/${userId}`;
const group = () => `/Groups/${groupId}`;

type Case = [name: string, method: string, path: () => string, body: () => unknown, options: () => Parameters<ScimClient>[3], status: number, scimType?: string];

const cases: Case[] = [
  ['malformed JSON', 'POST', () => '/Users', () => undefined, () => ({ raw: '{"userName": ', headers: { 'content-type': 'application/scim+json' } }), 400, 'invalidSyntax'],
  ['wrong content type', 'POST', () => '/Users', () => undefined, () => ({ raw: 'userName=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415],
  ['a body over 1 MiB, streamed without Content-Length', 'POST', () => '/Users', () => undefined, () => ({ raw: oversizedStream(1024 * 1024 + 10), headers: { 'content-type': 'application/scim+json' } }), 413],
  ['deeply nested JSON', 'POST', () => '/Users', () => undefined, () => ({ raw: `{"userName":"deep","x":${'['.repeat(5000)}${']'.repeat(5000)}}`, headers: { 'content-type': 'application/json' } }), 400, 'invalidSyntax'],
  ['a body that is not an object', 'POST', () => '/Users', () => ['userName'], () => ({}), 400, 'invalidSyntax'],
  ['a wrong type for userName', 'POST', () => '/Users', () => newUser(42 as unknown as string), () => ({}), 400, 'invalidValue'],
  ['a wrong type for active', 'PUT', user, () => newUser('steady@contoso.example', { active: 'maybe' }), () => ({}), 400, 'invalidValue'],
  ['missing userName', 'POST', () => '/Users', () => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] }), () => ({}), 400, 'invalidValue'],
  ['wrong schemas', 'POST', () => '/Users', () => ({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], userName: 'x' }), () => ({}), 400, 'invalidSyntax'],
  ['read-only id on create', 'POST', () => '/Users', () => newUser('readonly@contoso.example', { id: 'mine' }), () => ({}), 400, 'mutability'],
  ['read-only groups on create', 'POST', () => '/Users', () => newUser('groups@contoso.example', { groups: [{ value: 'x' }] }), () => ({}), 400, 'mutability'],
  ['another id in a PUT', 'PUT', user, () => newUser('steady@contoso.example', { id: '0191d4a0-0000-7000-8000-000000000000' }), () => ({}), 400, 'mutability'],
  ['a PatchOp without Operations', 'PATCH', user, () => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] }), () => ({}), 400, 'invalidSyntax'],
  ['an unknown op', 'PATCH', user, () => patch({ op: 'merge', path: 'title', value: 'x' }), () => ({}), 400],
  ['an unknown PATCH path', 'PATCH', user, () => patch({ op: 'replace', path: 'nosuch.thing', value: 'x' }), () => ({}), 400, 'invalidPath'],
  ['a PATCH of read-only meta', 'PATCH', user, () => patch({ op: 'replace', path: 'meta.created', value: '2020-01-01T00:00:00Z' }), () => ({}), 400, 'mutability'],
  ['atomicity: a valid op before an invalid one changes nothing', 'PATCH', user, () => patch({ op: 'replace', path: 'title', value: 'Changed' }, { op: 'replace', path: 'active', value: 'sometimes' }), () => ({}), 400, 'invalidValue'],
  ['an invalid filter', 'GET', () => '/Users?filter=userName%20eq', () => undefined, () => ({}), 400, 'invalidFilter'],
  ['a filter on an unknown attribute', 'GET', () => '/Users?filter=shoeSize%20gt%203', () => undefined, () => ({}), 400, 'invalidFilter'],
  ['a non-numeric count', 'GET', () => '/Users?count=ten', () => undefined, () => ({}), 400, 'invalidValue'],
  ['an unknown member id', 'PATCH', group, () => patch({ op: 'add', path: 'members', value: [{ value: userId }, { value: '0191d4a0-0000-7000-8000-0000000000ff' }] }), () => ({}), 400, 'invalidValue'],
  ['a member PATCH of an unknown group', 'PATCH', () => '/Groups/0191d4a0-0000-7000-8000-0000000000bb', () => patch({ op: 'add', path: 'members', value: [{ value: userId }] }), () => ({}), 404],
  ['a member PATCH of a malformed group id', 'PATCH', () => '/Groups/not-a-uuid', () => patch({ op: 'remove', path: 'members', value: [{ value: userId }] }), () => ({}), 404],
  ['a member id that is not an id at all', 'POST', () => '/Groups', () => newGroup('Broken', { members: [{ value: "x'; drop table scim_users; --" }] }), () => ({}), 400, 'invalidValue'],
  ['a NUL character PostgreSQL cannot store', 'POST', () => '/Users', () => newUser('nul@contoso.example', { title: 'a\u0000b' }), () => ({}), 400, 'invalidValue'],
  ['an unknown user', 'PATCH', () => '/Users/0191d4a0-0000-7000-8000-0000000000aa', () => patch({ op: 'replace', path: 'title', value: 'x' }), () => ({}), 404],
  ['a malformed user id', 'DELETE', () => '/Users/not-a-uuid', () => undefined, () => ({}), 404],
  ['a missing token', 'DELETE', user, () => undefined, () => ({ token: null }), 401],
  ['an unknown token', 'DELETE', user, () => undefined, () => ({ token: 'rst_unknown_token_value' }), 401],
  ['a token in the URL', 'DELETE', () => `${user()}?access_token=abc`, () => undefined, () => ({}), 401],
  ['an empty userName', 'POST', () => '/Users', () => newUser(''), () => ({}), 400, 'invalidValue'],
  ['a whitespace-only userName', 'POST', () => '/Users', () => newUser(' \t '), () => ({}), 400, 'invalidValue'],
  ['a PUT emptying userName', 'PUT', user, () => newUser('   '), () => ({}), 400, 'invalidValue'],
  ['a PATCH setting userName to whitespace', 'PATCH', user, () => patch({ op: 'replace', path: 'userName', value: '  ' }), () => ({}), 400, 'invalidValue'],
  ['an empty Group displayName', 'POST', () => '/Groups', () => newGroup(''), () => ({}), 400, 'invalidValue'],
  ['a whitespace-only Group displayName', 'PUT', group, () => newGroup(' '), () => ({}), 400, 'invalidValue'],
];

/** Request values that must never come back in an error or reach the audit log. */
const echoCases: [name: string, method: string, path: () => string, body: () => unknown, raw: string | undefined, secret: string][] = [
  ['malformed JSON around a password', 'POST', () => '/Users', () => undefined, '{"userName":"echo@contoso.example","password": hunter2-Secret}', 'hunter2'],
  ['malformed JSON cut off inside a password', 'POST', () => '/Users', () => undefined, '{"userName":"echo@contoso.example","password":"Sw0rdfish-', 'Sw0rdfish'],
  ['a password that is a number', 'PATCH', user, () => patch({ op: 'replace', path: 'password', value: 98765432 }), undefined, '98765432'],
];

describe('bad input is a precise 4xx, changes nothing and never a 500', () => {
  it.each(cases)('%s', async (_name, method, path, body, options, status, scimType) => {
    const before = await snapshot();
    const reply = await scim(method, path(), body(), options());
    expect(reply.status, reply.text).toBe(status);
    expect(reply.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), ...(scimType ? { scimType } : {}) });
    expect(reply.body.detail).toEqual(expect.any(String));
    expect(reply.text).not.toMatch(/\bat .*\.ts:\d+|select |insert |drizzle/i);
    if (status === 401) expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await snapshot()).toBe(before);
  });

  it.each(echoCases)('never echoes the request: %s', async (_name, method, path, body, raw, secret) => {
    const options = raw === undefined ? {} : { raw, headers: { 'content-type': 'application/scim+json' } };
    const reply = await scim(method, path(), body(), options);
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain(secret);
    const [event] = await queryRows(database.db, sql`select * from audit_events order by id desc limit 1`);
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it('the server is unharmed afterwards', async () => {
    expect((await scim('GET', user())).body.title).toBe('Original');
  });
});
