import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
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
  userId = (await scim('POST', '/Users', newUser('endpoint.user@contoso.example'))).body.id;
  groupId = (await scim('POST', '/Groups', newGroup('Endpoint Group'))).body.id;
});
afterAll(() => database.close());

const search = { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'userName sw "endpoint"', count: 10 };

describe('every endpoint × method answers SCIM JSON', () => {
  const cases: [string, () => string, () => unknown, number][] = [
    ['GET', () => '/ServiceProviderConfig', () => undefined, 200],
    ['GET', () => '/ResourceTypes', () => undefined, 200],
    ['GET', () => '/ResourceTypes/Group', () => undefined, 200],
    ['GET', () => '/ResourceTypes/Nope', () => undefined, 404],
    ['GET', () => '/Schemas', () => undefined, 200],
    ['GET', () => '/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', () => undefined, 200],
    ['GET', () => '/Users', () => undefined, 200],
    ['GET', () => `/Users/${userId}`, () => undefined, 200],
    ['PUT', () => `/Users/${userId}`, () => newUser('endpoint.user@contoso.example', { displayName: 'Put' }), 200],
    ['PATCH', () => `/Users/${userId}`, () => patch({ op: 'replace', path: 'title', value: 'Engineer' }), 200],
    ['POST', () => '/Users/.search', () => search, 200],
    ['POST', () => '/.search', () => search, 200],
    ['GET', () => '/Groups', () => undefined, 200],
    ['GET', () => `/Groups/${groupId}`, () => undefined, 200],
    ['PUT', () => `/Groups/${groupId}`, () => newGroup('Endpoint Group Renamed'), 200],
    ['PATCH', () => `/Groups/${groupId}`, () => patch({ op: 'add', path: 'members', value: [{ value: userId }] }), 204],
    ['POST', () => '/Groups/.search', () => ({ ...search, filter: 'displayName sw "endpoint"' }), 200],
    ['POST', () => '/Bulk', () => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: [] }), 200],
    ['GET', () => '/Me', () => undefined, 501],
    ['PATCH', () => '/Me', () => patch({ op: 'replace', path: 'title', value: 'x' }), 501],
    ['GET', () => '', () => undefined, 404],
    ['POST', () => '', () => ({}), 404],
    ['GET', () => '/Unknown/thing', () => undefined, 404],
    ['DELETE', () => '/Users', () => undefined, 405],
    ['PUT', () => '/Groups', () => newGroup('x'), 405],
    ['POST', () => `/Users/${userId}`, () => newUser('x@y.z'), 405],
    ['GET', () => '/Bulk', () => undefined, 405],
    ['DELETE', () => '/ServiceProviderConfig', () => undefined, 405],
    ['OPTIONS', () => '/Users', () => undefined, 405],
    ['DELETE', () => `/Groups/${groupId}`, () => undefined, 204],
    ['DELETE', () => `/Users/${userId}`, () => undefined, 204],
    ['GET', () => `/Users/${userId}`, () => undefined, 404],
  ];

  const rows = cases.map(([method, path, body, status]) => [method, path.toString().replace(/^\(\) => /, ''), path, body, status] as const);
  it.each(rows)('%s %s', async (method, _label, path, body, status) => {
    const reply = await scim(method, path(), body());
    expect(reply.status, reply.text).toBe(status);
    if (status === 204) return expect(reply.text).toBe('');
    expect(reply.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    if (status >= 400) expect(reply.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status) });
    if (status === 405) expect(reply.headers.get('allow')).toBeTruthy();
  });

  it('HEAD answers like GET without a body', async () => {
    const reply = await scim('HEAD', '/ServiceProviderConfig');
    expect([reply.status, reply.text]).toEqual([200, '']);
  });
});

describe('resources carry meta, Location and a weak ETag', () => {
  it('POST → 201 with Location and ETag; If-Match mismatch → 412; If-None-Match → 304', async () => {
    const created = await scim('POST', '/Users', newUser('etag@contoso.example'));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`http://roster.test/scim/v2/Users/${created.body.id}`);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.body.meta).toMatchObject({ resourceType: 'User', location: created.headers.get('location'), version: 'W/"1"' });

    const path = `/Users/${created.body.id}`;
    const stale = await scim('PATCH', path, patch({ op: 'replace', path: 'title', value: 'A' }), { headers: { 'if-match': 'W/"7"' } });
    expect([stale.status, stale.body.status]).toEqual([412, '412']);
    const fresh = await scim('PATCH', path, patch({ op: 'replace', path: 'title', value: 'A' }), { headers: { 'if-match': 'W/"1"' } });
    expect([fresh.status, fresh.headers.get('etag')]).toEqual([200, 'W/"2"']);

    expect((await scim('GET', path, undefined, { headers: { 'if-none-match': 'W/"2"' } })).status).toBe(304);
    expect((await scim('GET', path, undefined, { headers: { 'if-none-match': 'W/"1"' } })).status).toBe(200);
  });

  it('the version increments on every change and not on a no-op', async () => {
    const { body } = await scim('POST', '/Users', newUser('versions@contoso.example'));
    const path = `/Users/${body.id}`;
    const versions = [];
    for (const value of ['A', 'A', 'B']) versions.push((await scim('PATCH', path, patch({ op: 'replace', path: 'title', value }))).body.meta.version);
    expect(versions).toEqual(['W/"2"', 'W/"2"', 'W/"3"']);
  });
});

describe('group members (RFC 7643 §4.2)', () => {
  it('come back with value, $ref, type and the member’s current display name, from GET, a list and a POST', async () => {
    const named = (await scim('POST', '/Users', newUser('member.one@contoso.example', { displayName: 'Member One' }))).body;
    const unnamed = (await scim('POST', '/Users', newUser('member.two@contoso.example'))).body;
    const created = await scim('POST', '/Groups', newGroup('Members Group', { members: [{ value: named.id }, { value: unnamed.id }] }));
    const expected = [
      { value: named.id, display: 'Member One', type: 'User', $ref: named.meta.location },
      { value: unnamed.id, display: 'member.two@contoso.example', type: 'User', $ref: unnamed.meta.location },
    ];
    expect(created.body.members).toEqual(expected);
    expect((await scim('GET', `/Groups/${created.body.id}`)).body.members).toEqual(expected);

    await scim('PATCH', `/Users/${named.id}`, patch({ op: 'replace', path: 'displayName', value: 'Member Renamed' }));
    const listed = await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Members Group"')}`);
    expect(listed.body.Resources[0].members[0]).toEqual({ ...expected[0], display: 'Member Renamed' });
  });
});

describe('conformance-suite shapes', () => {
  it('GET /Users/?filter=… (trailing slash) is served like /Users', async () => {
    await scim('POST', '/Users', newUser('trailing.slash@contoso.example'));
    const filter = encodeURIComponent('userName eq "trailing.slash@contoso.example"');
    const [bare, slashed] = [await scim('GET', `/Users?filter=${filter}`), await scim('GET', `/Users/?filter=${filter}`)];
    expect(slashed.status, slashed.text).toBe(200);
    expect([bare.body.totalResults, slashed.body.totalResults]).toEqual([1, 1]);
    expect(slashed.body.Resources.map((user: { id: string }) => user.id)).toEqual(bare.body.Resources.map((user: { id: string }) => user.id));
  });

  it('unquoted filter values find what the quoted ones find', async () => {
    await scim('POST', '/Users', newUser('Olivia.unquoted@contoso.example', { name: { familyName: 'Employee' } }));
    const pairs = [
      ['userName sw Olivia', 'userName sw "Olivia"'],
      ['name.familyName eq Employee', 'name.familyName eq "Employee"'],
      ['meta.lastModified gt 2011-05-13T04:42:34Z and name.familyName eq Employee', 'meta.lastModified gt "2011-05-13T04:42:34Z" and name.familyName eq "Employee"'],
    ];
    for (const [unquoted, quoted] of pairs) {
      const [bare, reference] = [await scim('GET', `/Users?filter=${encodeURIComponent(unquoted)}`), await scim('GET', `/Users?filter=${encodeURIComponent(quoted)}`)];
      expect(bare.status, bare.text).toBe(200);
      expect(bare.body.totalResults).toBe(1);
      expect(bare.body.Resources).toEqual(reference.body.Resources);
    }
  });
});
