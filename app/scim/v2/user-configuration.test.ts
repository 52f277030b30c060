import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';
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
    expect(again.body.id).not.toBe(first.id);
    const rows = await rowsNamed('kept@contoso.example');
    expect(rows).toEqual([expect.objectContaining({ id: again.body.id, account_id: kept.account_id, active: true, deprovisioned_at: null })]);
    expect((await lastAudit()).operation).toBe('user.restore');
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
  it('are refused with 400 mutability when not applied; nothing changes and the audit entry says why', async () => {
    await updateSettings(database.db, { applyUserNameChanges: false }, owner);
    const user = (await scim('POST', '/Users', newUser('fixed@contoso.example'))).body;
    for (const [method, body] of [
      ['PATCH', patch({ op: 'Replace', path: 'userName', value: 'moved@contoso.example' }, { op: 'Replace', path: 'title', value: 'T' })],
      ['PUT', newUser('moved@contoso.example')],
    ] as const) {
      const reply = await scim(method, `/Users/${user.id}`, body);
      expect([reply.status, reply.body.scimType]).toEqual([400, 'mutability']);
      expect(await lastAudit()).toMatchObject({ operation: 'user.update', outcome: 'failure', status: 400, error: expect.stringContaining('userName changes are not applied') });
    }
    expect((await scim('GET', `/Users/${user.id}`)).body).toMatchObject({ userName: 'fixed@contoso.example', meta: { version: 'W/"1"' } });
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'userName', value: 'FIXED@contoso.example' }))).status).toBe(200);
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
