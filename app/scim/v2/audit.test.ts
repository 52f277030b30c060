import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
let secret: string;

type AuditRow = Record<string, unknown> & { id: number; operation: string; outcome: string; status: number; path: string; changes: { field: string }[] };

beforeAll(async () => {
  ({ database, scim, secret } = await openScimTest(state));
});
afterAll(() => database.close());

async function eventsDuring(action: () => Promise<unknown>): Promise<AuditRow[]> {
  const [{ last }] = await queryRows<{ last: number }>(database.db, sql`select coalesce(max(id), 0)::int as last from audit_events`);
  await action();
  return queryRows<AuditRow>(database.db, sql`select * from audit_events where id > ${last} order by id`);
}

describe('every SCIM request is exactly one audit event', () => {
  it.each([
    ['POST /Users', 'user.create', 'success', 201, () => scim('POST', '/Users', newUser('audited@contoso.example', { title: 'First' }))],
    ['GET /Users?filter', 'user.list', 'success', 200, () => scim('GET', '/Users?filter=userName%20eq%20%22audited%40contoso.example%22')],
    ['unknown path', 'request.invalid', 'failure', 404, () => scim('GET', '/Nope')],
    ['malformed JSON', 'request.invalid', 'failure', 400, () => scim('POST', '/Users', undefined, { raw: '{', headers: { 'content-type': 'application/json' } })],
    ['missing token', 'auth.refused', 'failure', 401, () => scim('GET', '/Users', undefined, { token: null })],
    ['discovery', 'discovery.read', 'success', 200, () => scim('GET', '/Schemas')],
  ] as const)('%s → %s', async (_name, operation, outcome, status, action) => {
    const events = await eventsDuring(action);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation, outcome, status, client_address: '203.0.113.9' });
    expect(events[0].path).not.toContain('?');
  });

  it('records token, resource, duration and the changed fields of an update', async () => {
    const user = (await scim('POST', '/Users', newUser('diffed@contoso.example', { title: 'Before' }))).body;
    const [event] = await eventsDuring(() => scim('PATCH', `/Users/${user.id}`, patch({ op: 'replace', path: 'title', value: 'After' })));
    expect(event).toMatchObject({ operation: 'user.update', actor_type: 'token', actor_name: 'vitest', resource_type: 'User', resource_id: user.id, resource_name: 'diffed@contoso.example', method: 'PATCH', path: `/scim/v2/Users/${user.id}` });
    expect(event.duration_ms).toEqual(expect.any(Number));
    expect(event.token_id).toEqual(expect.any(String));
    expect(event.changes).toEqual([expect.objectContaining({ field: expect.stringContaining('title'), old: 'Before', new: 'After' })]);
  });

  it('names deactivation and reactivation', async () => {
    const user = (await scim('POST', '/Users', newUser('toggle@contoso.example'))).body;
    const off = await eventsDuring(() => scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'active', value: 'False' })));
    const on = await eventsDuring(() => scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'active', value: 'True' })));
    expect([off[0].operation, on[0].operation]).toEqual(['user.deactivate', 'user.reactivate']);
    // Entra's pre-2020 forms are recorded, so the console can suggest the aadOptscim062020 flag.
    expect(off[0].detail).toMatchObject({ idpDialect: { capitalisedOps: true, stringBooleans: true } });
    const modern = await eventsDuring(() => scim('PATCH', `/Users/${user.id}`, patch({ op: 'replace', path: 'active', value: false })));
    expect(modern[0].detail).not.toHaveProperty('idpDialect');
  });

  it('a change that fails is rolled back and audited once, as a failure, in its own write', async () => {
    await scim('POST', '/Users', newUser('taken@contoso.example'));
    const [{ n: before }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from scim_users`);
    const events = await eventsDuring(() => scim('POST', '/Users', newUser('TAKEN@contoso.example')));
    expect(events).toEqual([expect.objectContaining({ operation: 'user.create', outcome: 'failure', status: 409, error: expect.any(String) })]);
    const [{ n: after }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from scim_users`);
    expect(after).toBe(before);
  });

  it('never stores a secret', async () => {
    await scim('GET', '/Users?access_token=query-secret-value');
    await scim('GET', '/Users', undefined, { token: 'rst_wrong_secret_value' });
    const rows = await queryRows(database.db, sql`select * from audit_events`);
    const text = JSON.stringify(rows);
    for (const leaked of [secret, 'query-secret-value', 'rst_wrong_secret_value']) expect(text).not.toContain(leaked);
  });

  it('throttles repeated refusals from one address with 429 and Retry-After, audited, without slowing a valid token', async () => {
    const from = { headers: { 'x-forwarded-for': '198.51.100.77' } };
    let last = await scim('GET', '/Users', undefined, { ...from, token: 'rst_wrong' });
    for (let attempt = 0; attempt < 30 && last.status === 401; attempt += 1) last = await scim('GET', '/Users', undefined, { ...from, token: 'rst_wrong' });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    const [event] = await queryRows<AuditRow>(database.db, sql`select * from audit_events order by id desc limit 1`);
    expect(event).toMatchObject({ operation: 'auth.throttled', status: 429, client_address: '198.51.100.77' });
    expect((await scim('GET', '/Users', undefined, from)).status).toBe(200);
  });

  it('a flood of refusals from one address writes a bounded number of events: one auth.throttled per block, with the count', async () => {
    const from = { headers: { 'x-forwarded-for': '198.51.100.88' } };
    const events = await eventsDuring(async () => {
      for (let attempt = 0; attempt < 60; attempt += 1) await scim('GET', '/Users', undefined, { ...from, token: 'rst_wrong' });
    });
    const throttled = events.filter((event) => event.operation === 'auth.throttled');
    expect(throttled).toHaveLength(1);
    expect(throttled[0].detail).toMatchObject({ refusals: 21 });
    expect(events.filter((event) => event.operation === 'auth.refused')).toHaveLength(20);
  });

  it('a client cannot leave its block by writing its own X-Forwarded-For entries', async () => {
    const forged = (n: number) => ({ headers: { 'x-forwarded-for': `192.0.2.${n}, 198.51.100.99` } });
    for (let attempt = 0; attempt < 25; attempt += 1) await scim('GET', '/Users', undefined, { ...forged(attempt), token: 'rst_wrong' });
    const reply = await scim('GET', '/Users', undefined, { ...forged(200), token: 'rst_wrong' });
    expect(reply.status).toBe(429);
    const [event] = await queryRows<AuditRow>(database.db, sql`select * from audit_events where operation = 'auth.throttled' order by id desc limit 1`);
    expect(event).toMatchObject({ client_address: '198.51.100.99' });
  });
});

describe('a lookup by key is audited once, with what it found', () => {
  const lookup = async (path: string, init?: { body: unknown }) => {
    const events = await eventsDuring(async () => expect((await scim(init ? 'POST' : 'GET', path, init?.body)).status).toBe(200));
    expect(events).toHaveLength(1);
    return events[0] as AuditRow & { detail: Record<string, unknown>; resource_type: string | null };
  };
  const filterOf = (filter: string) => encodeURIComponent(filter);

  beforeAll(async () => {
    await scim('POST', '/Users', { ...newUser('looked.up@contoso.example'), externalId: 'shared-key' });
    await scim('POST', '/Groups', { ...newGroup('Looked-up group'), externalId: 'shared-key' });
  });

  it('a match: user.list with the request line, the token, a duration and totalResults 1', async () => {
    const filter = 'userName eq "LOOKED.UP@contoso.example"';
    const event = await lookup(`/Users?filter=${filterOf(filter)}`);
    expect(event).toMatchObject({ operation: 'user.list', outcome: 'success', status: 200, resource_type: 'User', path: '/scim/v2/Users', actor_name: 'vitest' });
    expect(event.detail).toEqual({ query: { filter }, totalResults: 1 });
    expect(event.duration_ms).toEqual(expect.any(Number));
    expect(event.token_id).toEqual(expect.any(String));
  });

  it('no match (the lookup before a create): totalResults 0', async () => {
    const event = await lookup(`/Users?filter=${filterOf('externalId eq "nobody"')}`);
    expect(event.detail).toMatchObject({ totalResults: 0 });
  });

  it('a group by displayName: group.list', async () => {
    const event = await lookup(`/Groups?excludedAttributes=members&filter=${filterOf('displayName eq "Looked-up group"')}`);
    expect(event).toMatchObject({ operation: 'group.list', resource_type: 'Group' });
    expect(event.detail).toMatchObject({ totalResults: 1 });
  });

  it('a full page (answered by the general list path, not the fixed lookup)', async () => {
    const event = await lookup(`/Users?count=1&filter=${filterOf('userName eq "looked.up@contoso.example"')}`);
    expect(event.detail).toMatchObject({ totalResults: 1, query: { count: '1' } });
  });

  it('POST /Users/.search', async () => {
    const event = await lookup('/Users/.search', { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'externalId eq "shared-key"' } });
    expect(event).toMatchObject({ operation: 'user.list', resource_type: 'User', status: 200 });
    expect(event.detail).toMatchObject({ totalResults: 1 });
  });

  it('a search of every resource type counts users and groups', async () => {
    const event = await lookup('/.search', { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: 'externalId eq "shared-key"' } });
    expect(event.detail).toMatchObject({ totalResults: 2 });
  });
});

describe('a membership PATCH audits exactly the members it changed', () => {
  let groupId: string;
  let ada: string;
  let bob: string;
  let cyd: string;
  const members = async () => (await scim('GET', `/Groups/${groupId}`)).body as { members: { value: string }[]; meta: { version: string } };
  const memberPatch = async (...operations: Record<string, unknown>[]) => {
    const events = await eventsDuring(async () => expect((await scim('PATCH', `/Groups/${groupId}`, patch(...operations))).status).toBe(204));
    expect(events).toHaveLength(1);
    return events[0] as AuditRow & { detail: Record<string, unknown> };
  };

  beforeAll(async () => {
    [ada, bob, cyd] = await Promise.all(['ada', 'bob', 'cyd'].map(async (name) => (await scim('POST', '/Users', newUser(`${name}.member@contoso.example`))).body.id as string));
    groupId = (await scim('POST', '/Groups', newGroup('Audited members'))).body.id;
  });

  it('adds: the ids added, in group.members.add, and a new version', async () => {
    const event = await memberPatch({ op: 'add', path: 'members', value: [{ value: ada }, { value: bob }] });
    expect(event).toMatchObject({ operation: 'group.members.add', outcome: 'success', resource_name: 'Audited members' });
    expect((event.detail.membersAdded as string[]).sort()).toEqual([ada, bob].sort());
    expect(event.detail.membersRemoved).toEqual([]);
    expect((await members()).meta.version).toBe('W/"2"');
  });

  it('adding members the group already has changes nothing and says so', async () => {
    const event = await memberPatch({ op: 'add', path: 'members', value: [{ value: ada }] });
    expect(event.detail).toMatchObject({ membersAdded: [], membersRemoved: [], unchanged: true });
    expect((await members()).meta.version).toBe('W/"2"');
  });

  it('removes: only the ids that were members, in group.members.remove', async () => {
    const event = await memberPatch({ op: 'remove', path: 'members', value: [{ value: bob }, { value: cyd }] });
    expect(event).toMatchObject({ operation: 'group.members.remove' });
    expect(event.detail).toMatchObject({ membersAdded: [], membersRemoved: [bob] });
    expect((await members()).members.map((member) => member.value)).toEqual([ada]);
  });

  it('adds and removes in one PATCH', async () => {
    const event = await memberPatch({ op: 'add', path: 'members', value: [{ value: cyd }] }, { op: 'remove', path: 'members', value: [{ value: ada }] });
    expect(event).toMatchObject({ operation: 'group.update' });
    expect(event.detail).toMatchObject({ membersAdded: [cyd], membersRemoved: [ada] });
    expect((await members()).members.map((member) => member.value)).toEqual([cyd]);
  });

  it('one unknown id refuses the whole PATCH: nothing changes and the failure is audited', async () => {
    const before = await members();
    const events = await eventsDuring(async () => {
      const reply = await scim('PATCH', `/Groups/${groupId}`, patch({ op: 'add', path: 'members', value: [{ value: ada }, { value: '00000000-0000-4000-8000-00000000dead' }] }));
      expect(reply.status).toBe(400);
      expect(reply.body.detail).toContain('00000000-0000-4000-8000-00000000dead');
    });
    expect(events).toMatchObject([{ outcome: 'failure', status: 400 }]);
    expect(await members()).toEqual(before);
  });
});
