import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';
import { getUser } from '@/lib/directory/get-user';
import { updateSettings } from '@/lib/settings/update-settings';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
const owner = { id: '0191d4a0-0000-7000-8000-0000000000e0', email: 'owner@roster.example', name: 'Owner', role: 'owner' as const };

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
beforeEach(() => updateSettings(database.db, { applyUserNameChanges: true, deleteMode: 'delete' }, owner));
afterAll(() => database.close());

type Row = { id: string; account_id: string; user_name: string; active: boolean; deprovisioned_at: string | null; app_fields: Record<string, string | null> };

async function rowsNamed(userName: string): Promise<Row[]> {
  return queryRows<Row>(database.db, sql`select id::text, account_id::text, user_name, active, deprovisioned_at, app_fields from scim_users where lower(user_name) = lower(${userName}) order by created_at`);
}

async function lastAudit(): Promise<{ operation: string; outcome: string; error: string | null; status: number }> {
  const [row] = await queryRows<{ operation: string; outcome: string; error: string | null; status: number }>(database.db, sql`select operation, outcome, error, status from audit_events order by id desc limit 1`);
  return row;
}

describe('DELETE follows the delete mode', () => {
  it("'delete' removes the account; a new POST creates a new one", async () => {
    const first = (await scim('POST', '/Users', newUser('gone@contoso.example'))).body;
    expect((await scim('DELETE', `/Users/${first.id}`)).status).toBe(204);
    expect(await rowsNamed('gone@contoso.example')).toEqual([]);
    expect((await lastAudit()).operation).toBe('user.delete');
  });

  it("'deactivate' keeps the account and its content, drops memberships; POST with the same userName restores it", async () => {
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    const first = (await scim('POST', '/Users', newUser('kept@contoso.example', { emails: [{ type: 'work', value: 'kept@contoso.example' }] }))).body;
    const group = (await scim('POST', '/Groups', newGroup('Kept group', { members: [{ value: first.id }] }))).body;
    expect((await scim('DELETE', `/Users/${first.id}`)).status).toBe(204);
    expect((await lastAudit()).operation).toBe('user.deprovision');

    const [kept] = await rowsNamed('kept@contoso.example');
    expect(kept).toMatchObject({ id: first.id, active: false, deprovisioned_at: expect.anything(), app_fields: { email: 'kept@contoso.example' } });
    expect((await scim('GET', `/Users/${first.id}`)).status).toBe(404);
    expect((await scim('GET', `/Groups/${group.id}`)).body.members).toBeUndefined();
    expect((await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "kept@contoso.example"')}`)).body.totalResults).toBe(0);

    const again = await scim('POST', '/Users', newUser('KEPT@contoso.example'));
    expect(again.status).toBe(201);
    const rows = await rowsNamed('kept@contoso.example');
    expect(rows).toEqual([expect.objectContaining({ id: again.body.id, account_id: kept.account_id, active: true, deprovisioned_at: null })]);
    expect((await lastAudit()).operation).toBe('user.restore');
  });

  it("a user restored after 'deactivate' is the same account: same id, its console page and its history continue", async () => {
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    const first = (await scim('POST', '/Users', newUser('same.one@contoso.example'))).body;
    await scim('DELETE', `/Users/${first.id}`);
    const again = await scim('POST', '/Users', newUser('same.one@contoso.example', { title: 'Back' }));
    expect([again.status, again.body.id, again.body.meta.location]).toEqual([201, first.id, first.meta.location]);
    expect((await scim('GET', `/Users/${first.id}`)).body).toMatchObject({ id: first.id, title: 'Back', active: true });
    const page = await getUser(database.db, { id: first.id, scimBaseUrl: 'http://localhost/scim/v2' });
    expect([page.user.userName, page.user.deprovisionedAt, page.user.created]).toEqual(['same.one@contoso.example', null, first.meta.created]);
    const history = await queryRows<{ operation: string }>(database.db, sql`select operation from audit_events where resource_id = ${first.id} and operation <> 'user.read' order by id`);
    expect(history.map((event) => event.operation)).toEqual(['user.create', 'user.deprovision', 'user.restore']);
  });

  it("a deprovisioned user's stored document says active false", async () => {
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    const first = (await scim('POST', '/Users', newUser('left.here@contoso.example'))).body;
    await scim('DELETE', `/Users/${first.id}`);
    const [row] = await queryRows<{ document: Record<string, unknown> }>(database.db, sql`select document from scim_users where id = ${first.id}`);
    expect(row.document.active).toBe(false);
    const page = await getUser(database.db, { id: first.id, scimBaseUrl: 'http://localhost/scim/v2' });
    expect(page.scimDocument.active).toBe(false);
  });

  it('a deprovisioned user is also restored by a POST with the same externalId', async () => {
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    const first = (await scim('POST', '/Users', newUser('old.name@contoso.example', { externalId: 'okta-00u1' }))).body;
    await scim('DELETE', `/Users/${first.id}`);
    const again = await scim('POST', '/Users', newUser('new.name@contoso.example', { externalId: 'okta-00u1' }));
    expect(again.status).toBe(201);
    expect(await rowsNamed('old.name@contoso.example')).toEqual([]);
    expect((await rowsNamed('new.name@contoso.example'))[0].account_id).toBe((await queryRows<{ a: string }>(database.db, sql`select account_id::text as a from scim_users where external_id = 'okta-00u1'`))[0].a);
  });
});

describe('re-provisioning', () => {
  it('Okta re-POST of a live but inactive user restores it (201, same id), never 409', async () => {
    const first = (await scim('POST', '/Users', newUser('okta.again@contoso.example', { externalId: '00u-again' }))).body;
    await scim('PATCH', `/Users/${first.id}`, patch({ op: 'replace', value: { active: false } }));
    const again = await scim('POST', '/Users', newUser('okta.again@contoso.example', { externalId: '00u-again', title: 'Back' }));
    expect([again.status, again.body.id, again.body.active, again.body.title]).toEqual([201, first.id, true, 'Back']);
  });

  it('a POST colliding with an active user is 409 uniqueness', async () => {
    await scim('POST', '/Users', newUser('active.one@contoso.example'));
    const reply = await scim('POST', '/Users', newUser('Active.One@contoso.example'));
    expect([reply.status, reply.body.scimType]).toEqual([409, 'uniqueness']);
  });
});

describe('userName changes', () => {
  it.each([
    ['Entra PATCH', 'PATCH', patch({ op: 'Replace', path: 'userName', value: 'moved@contoso.example' }, { op: 'Replace', path: 'title', value: 'Lead' })],
    ['Okta PATCH', 'PATCH', patch({ op: 'replace', value: { userName: 'moved@contoso.example', title: 'Lead' } })],
    ['Okta PUT', 'PUT', newUser('moved@contoso.example', { title: 'Lead' })],
  ] as const)('when off, %s: the rename is ignored, the rest applied, 200 with the stored userName; the audit says so', async (_shape, method, body) => {
    await updateSettings(database.db, { applyUserNameChanges: false }, owner);
    const user = (await scim('POST', '/Users', newUser(`fixed.${method}.${Date.now()}@contoso.example`))).body;
    const reply = await scim(method, `/Users/${user.id}`, body);
    expect([reply.status, reply.body.userName, reply.body.title]).toEqual([200, user.userName, 'Lead']);
    const [audit] = await queryRows<{ operation: string; outcome: string; status: number; detail: { userNameIgnored?: { requested: string; reason: string } } }>(
      database.db,
      sql`select operation, outcome, status, detail from audit_events order by id desc limit 1`,
    );
    expect(audit).toMatchObject({ operation: 'user.update', outcome: 'success', status: 200 });
    expect(audit.detail.userNameIgnored).toEqual({ requested: 'moved@contoso.example', reason: expect.stringContaining('was ignored') });
    expect((await scim('GET', `/Users/${user.id}`)).body).toMatchObject({ userName: user.userName, title: 'Lead', meta: { version: 'W/"2"' } });
  });

  it('when off, a change of letter case only is still applied', async () => {
    await updateSettings(database.db, { applyUserNameChanges: false }, owner);
    const user = (await scim('POST', '/Users', newUser('case.only@contoso.example'))).body;
    const reply = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'userName', value: 'Case.Only@contoso.example' }));
    expect([reply.status, reply.body.userName]).toEqual([200, 'Case.Only@contoso.example']);
  });

  it("Entra's soft-delete tombstone rename deactivates without renaming when changes are not applied", async () => {
    await updateSettings(database.db, { applyUserNameChanges: false }, owner);
    const user = (await scim('POST', '/Users', newUser('tomb@contoso.example'))).body;
    const tombstone = patch({ op: 'Replace', path: 'userName', value: `0123456789abcdef0123456789ABCDEFtomb@contoso.example` }, { op: 'Replace', path: 'active', value: 'False' });
    const reply = await scim('PATCH', `/Users/${user.id}`, tombstone);
    expect([reply.status, reply.body.userName, reply.body.active]).toEqual([200, 'tomb@contoso.example', false]);
    expect((await lastAudit()).operation).toBe('user.deactivate');
    const restore = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'userName', value: 'tomb@contoso.example' }, { op: 'Replace', path: 'active', value: 'True' }));
    expect([restore.status, restore.body.active]).toEqual([200, true]);
  });

  it('are applied by default, and the tombstone name does not overwrite the application email', async () => {
    const user = (await scim('POST', '/Users', newUser('applied@contoso.example', { emails: [{ type: 'work', value: 'applied@contoso.example' }] }))).body;
    const tombstone = `fedcba9876543210fedcba9876543210applied@contoso.example`;
    await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'userName', value: tombstone }, { op: 'Replace', path: 'active', value: 'False' }));
    const [row] = await rowsNamed(tombstone);
    expect(row.app_fields.email).toBe('applied@contoso.example');
  });
});

const listed = async () => (await scim('GET', '/Users?count=1')).body.totalResults as number;
const counted = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from scim_users where deprovisioned_at is null`))[0].n;

describe('totalResults of an unfiltered user list (kept by triggers, never counted per page)', () => {
  it('follows creates, deletes, deprovisioning and restores, and equals a count of the live users', async () => {
    const before = await counted();
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) ids.push((await scim('POST', '/Users', newUser(`${name}.count@contoso.example`))).body.id);
    expect(await listed()).toBe(before + 4);

    await scim('DELETE', `/Users/${ids[0]}`);
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    await scim('DELETE', `/Users/${ids[1]}`);
    expect([await listed(), await counted()]).toEqual([before + 2, before + 2]);

    expect((await scim('POST', '/Users', newUser('b.count@contoso.example'))).status).toBe(201);
    expect([await listed(), await counted()]).toEqual([before + 3, before + 3]);
    expect((await scim('GET', '/Users?count=1&startIndex=2')).body).toMatchObject({ totalResults: before + 3, itemsPerPage: 1, startIndex: 2 });
  });
});

describe('the lookups every IdP sends before a POST (one prepared statement)', () => {
  const filter = (expression: string, extra = '') => scim('GET', `/Users?filter=${encodeURIComponent(expression)}${extra}`);

  it('userName case-insensitively, externalId exactly, live users only, with the exact total', async () => {
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    const user = (await scim('POST', '/Users', newUser('Look.Up@contoso.example', { externalId: 'Ext-Lookup' }))).body;
    expect((await filter('userName eq "look.up@CONTOSO.example"')).body).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
    expect((await filter('externalId eq "Ext-Lookup"', '&count=1')).body).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
    expect((await filter('externalId eq "ext-lookup"')).body.totalResults).toBe(0);
    await scim('DELETE', `/Users/${user.id}`);
    expect((await filter('userName eq "look.up@contoso.example"')).body).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('a group by displayName case-insensitively or externalId exactly, with or without its members', async () => {
    const groups = (expression: string, extra = '') => scim('GET', `/Groups?filter=${encodeURIComponent(expression)}${extra}`);
    const member = (await scim('POST', '/Users', newUser('group.lookup@contoso.example'))).body;
    const group = (await scim('POST', '/Groups', newGroup('Lookup Team', { externalId: 'Grp-Lookup', members: [{ value: member.id }] }))).body;
    const withoutMembers = (await groups('displayName eq "lookup team"', '&excludedAttributes=members')).body;
    expect(withoutMembers).toMatchObject({ totalResults: 1, Resources: [{ id: group.id, displayName: 'Lookup Team' }] });
    expect(withoutMembers.Resources[0].members).toBeUndefined();
    expect((await groups('externalId eq "Grp-Lookup"')).body).toMatchObject({ totalResults: 1, Resources: [{ id: group.id, members: [{ value: member.id }] }] });
    expect((await groups('externalId eq "grp-lookup"')).body).toMatchObject({ totalResults: 0, Resources: [] });
    const second = (await scim('POST', '/Groups', newGroup('LOOKUP TEAM'))).body;
    const both = (await groups('displayName eq "Lookup Team"', '&count=1')).body;
    expect(both).toMatchObject({ totalResults: 2, itemsPerPage: 1, Resources: [{ id: group.id }] });
    expect((await groups('displayName eq "Lookup Team"')).body.Resources.map((found: { id: string }) => found.id)).toEqual([group.id, second.id]);
  });
});
