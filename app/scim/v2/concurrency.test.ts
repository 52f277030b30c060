import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { ENTERPRISE, newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;

const caseVariant = (text: string, seed: number) =>
  [...text].map((char, index) => ((seed >> index % 8) & 1 ? char.toUpperCase() : char.toLowerCase())).join('');

// PGlite is one connection that runs one statement at a time, so these requests would queue rather than race and
// the tests would pass without the locks and constraints they are about: they run on PostgreSQL only
// (TEST_DATABASE_URL), where each request has its own connection from the pool.
describe.skipIf(!process.env.TEST_DATABASE_URL)('concurrent writes (PostgreSQL)', () => {
  beforeAll(async () => {
    ({ database, scim } = await openScimTest(state));
  });
  afterAll(() => database.close());

  it('20 parallel POSTs of one userName in varying case: one 201, nineteen 409 uniqueness, one user stored', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, (_, seed) => scim('POST', '/Users', newUser(caseVariant('race.user@contoso.example', seed)))));
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    for (const reply of replies.filter((candidate) => candidate.status === 409)) expect(reply.body.scimType).toBe('uniqueness');
    const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from scim_users where lower(user_name) = 'race.user@contoso.example'`);
    expect(rows[0].n).toBe(1);
  });

  it('50 parallel PATCHes each adding a different member to one group: all fifty land', async () => {
    const users = await Promise.all(Array.from({ length: 50 }, (_, index) => scim('POST', '/Users', newUser(`member${index}@contoso.example`))));
    const group = await scim('POST', '/Groups', newGroup('Parallel adds'));
    const replies = await Promise.all(users.map((user) => scim('PATCH', `/Groups/${group.body.id}`, patch({ op: 'Add', path: 'members', value: [{ value: user.body.id }] }))));
    expect(new Set(replies.map((reply) => reply.status))).toEqual(new Set([204]));
    const read = await scim('GET', `/Groups/${group.body.id}`);
    expect(read.body.members).toHaveLength(50);
    expect(read.body.meta.version).toBe('W/"51"');
  });

  it('30 parallel PATCHes adding overlapping members to one group: each member added once, and audited once', async () => {
    const users = await Promise.all(Array.from({ length: 10 }, (_, index) => scim('POST', '/Users', newUser(`overlap${index}@contoso.example`))));
    const ids = users.map((user) => user.body.id as string);
    const group = await scim('POST', '/Groups', newGroup('Overlapping adds'));
    const [{ last }] = await queryRows<{ last: number }>(database.db, sql`select coalesce(max(id), 0)::int as last from audit_events`);
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, n) => scim('PATCH', `/Groups/${group.body.id}`, patch({ op: 'Add', path: 'members', value: ids.filter((_, index) => (index + n) % 3 !== 0).map((value) => ({ value })) }))),
    );
    expect(new Set(replies.map((reply) => reply.status))).toEqual(new Set([204]));
    const events = await queryRows<{ added: string[] }>(
      database.db,
      sql`select detail->'membersAdded' as added from audit_events where id > ${last} and operation = 'group.members.add' order by id`,
    );
    expect(events).toHaveLength(30);
    expect(events.flatMap((event) => event.added).sort()).toEqual([...ids].sort());
    const read = await scim('GET', `/Groups/${group.body.id}`);
    expect(read.body.members).toHaveLength(10);
    expect(read.body.meta.version).toBe(`W/"${1 + events.filter((event) => event.added.length > 0).length}"`);
  });

  it('parallel PATCHes of different attributes of one user: every change survives', async () => {
    const user = await scim('POST', '/Users', newUser('many.edits@contoso.example', { name: { givenName: 'A', familyName: 'B' } }));
    const edits: [string, unknown][] = [
      ['title', 'Engineer'],
      ['displayName', 'Many Edits'],
      ['nickName', 'Eddie'],
      ['name.givenName', 'Edith'],
      ['name.familyName', 'Edits'],
      ['preferredLanguage', 'en-GB'],
      ['locale', 'en-GB'],
      ['timezone', 'Europe/London'],
      [`${ENTERPRISE}:department`, 'Research'],
      [`${ENTERPRISE}:employeeNumber`, '7'],
    ];
    const replies = await Promise.all(edits.map(([path, value]) => scim('PATCH', `/Users/${user.body.id}`, patch({ op: 'Replace', path, value }))));
    expect(replies.map((reply) => reply.status)).toEqual(edits.map(() => 200));
    const { body } = await scim('GET', `/Users/${user.body.id}`);
    expect(body).toMatchObject({
      title: 'Engineer',
      displayName: 'Many Edits',
      nickName: 'Eddie',
      name: { givenName: 'Edith', familyName: 'Edits' },
      preferredLanguage: 'en-GB',
      locale: 'en-GB',
      timezone: 'Europe/London',
      [ENTERPRISE]: { department: 'Research', employeeNumber: '7' },
    });
    expect(body.meta.version).toBe(`W/"${edits.length + 1}"`);
  });
});
