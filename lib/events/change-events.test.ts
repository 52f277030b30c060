import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { ENTERPRISE, newGroup, newUser, patch, type ScimClient } from '@/e2e/scim/route-client';
import { deleteField } from '@/lib/fields/delete-field';
import { registerField } from '@/lib/fields/register-field';
import { updateField } from '@/lib/fields/update-field';
import { mapGroupToRole } from '@/lib/group-mappings/map-group-to-role';
import { unmapGroup } from '@/lib/group-mappings/unmap-group';
import { testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import { deleteRole } from '@/lib/roles/delete-role';
import { updateRole } from '@/lib/roles/update-role';
import { updateSettings } from '@/lib/settings/update-settings';
import { changeEventSchema, type ChangeEvent } from '@/lib/contracts/change-events';
import { listEvents } from './list-events';
import { settleFeed } from './settle-feed';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
let cursor: string;

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
afterAll(() => database.close());

/** The events written since the previous call, each checked against the published schema. */
async function newEvents(): Promise<ChangeEvent[]> {
  await settleFeed(database.db);
  const page = await listEvents(database.db, { after: cursor, limit: 1000 });
  cursor = page.nextCursor;
  return page.data.map((event) => changeEventSchema.parse(event));
}
const kinds = (events: ChangeEvent[]) => events.map((event) => event.type);

beforeEach(async () => {
  cursor = (await listEvents(database.db, { limit: 1000 })).nextCursor;
  while ((await newEvents()).length > 0);
});

async function provision(userName: string, extra: Record<string, unknown> = {}) {
  const reply = await scim('POST', '/Users', newUser(userName, extra));
  expect(reply.status).toBe(201);
  return reply.body as { id: string };
}

async function accountOf(scimId: string): Promise<string> {
  const { queryRows } = await import('@/db/database');
  const { sql } = await import('drizzle-orm');
  const [row] = await queryRows<{ account_id: string }>(database.db, sql`select account_id::text from scim_users where id = ${scimId}::uuid`);
  return row.account_id;
}

describe('user events from SCIM requests', () => {
  it('POST /Users writes user.created with the Roster id, the SCIM id and the application fields', async () => {
    const user = await provision('ada@acme.test', { name: { givenName: 'Ada', familyName: 'Lovelace' }, externalId: 'ext-ada' });
    const event = (await newEvents()).find((candidate) => candidate.type === 'user.created');
    expect(event).toMatchObject({
      type: 'user.created',
      data: {
        user: { id: await accountOf(user.id), scimId: user.id, userName: 'ada@acme.test', externalId: 'ext-ada' },
        active: true,
        fields: { email: 'ada@acme.test', first_name: 'Ada', last_name: 'Lovelace' },
      },
    });
    expect(Date.parse(event!.occurredAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('PATCH of fields writes user.updated with only what changed, old and new', async () => {
    const user = await provision('grace@acme.test', { name: { givenName: 'Grace' }, [ENTERPRISE]: { department: 'Navy' } });
    await newEvents();
    const reply = await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'name.givenName', value: 'G.' }, { op: 'replace', path: `${ENTERPRISE}:department`, value: 'Research' }));
    expect(reply.status).toBe(200);
    const events = await newEvents();
    expect(kinds(events)).toEqual(['user.updated']);
    expect(events[0].data).toMatchObject({
      changes: { first_name: { old: 'Grace', new: 'G.' }, user_organizational_unit: { old: 'Navy', new: 'Research' } },
    });
    expect(Object.keys((events[0].data as { changes: object }).changes).sort()).toEqual(['first_name', 'user_organizational_unit']);
  });

  it('a PATCH that changes nothing the application sees writes no event', async () => {
    const user = await provision('nochange@acme.test', { nickName: 'n' });
    await newEvents();
    expect((await scim('PATCH', `/Users/${user.id}`, patch({ op: 'replace', path: 'nickName', value: 'm' }))).status).toBe(200);
    expect(await newEvents()).toEqual([]);
  });

  it('Entra\'s active "False" writes user.deactivated, "True" user.reactivated', async () => {
    const user = await provision('linus@acme.test');
    await newEvents();
    await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'active', value: 'False' }));
    expect(kinds(await newEvents())).toEqual(['user.deactivated']);
    await scim('PATCH', `/Users/${user.id}`, patch({ op: 'Replace', path: 'active', value: 'True' }));
    const events = await newEvents();
    expect(kinds(events)).toEqual(['user.reactivated']);
    expect(events[0].data).toMatchObject({ reprovisioned: false });
  });

  it('DELETE writes user.deleted, or user.deprovisioned when the policy keeps the account; re-provisioning reactivates the same account', async () => {
    const gone = await provision('gone@acme.test');
    await newEvents();
    expect((await scim('DELETE', `/Users/${gone.id}`)).status).toBe(204);
    const deleted = await newEvents();
    expect(kinds(deleted)).toEqual(['user.deleted']);
    expect(deleted[0].data).toMatchObject({ user: { scimId: gone.id, userName: 'gone@acme.test' } });

    await updateSettings(database.db, { deleteMode: 'deactivate' }, testActor);
    try {
      const kept = await provision('kept@acme.test');
      const account = await accountOf(kept.id);
      await newEvents();
      expect((await scim('DELETE', `/Users/${kept.id}`)).status).toBe(204);
      expect(kinds(await newEvents())).toEqual(['user.deprovisioned']);

      const again = await provision('kept@acme.test');
      const events = await newEvents();
      expect(kinds(events)).toEqual(['user.reactivated']);
      expect(events[0].data).toMatchObject({ user: { id: account, scimId: again.id }, reprovisioned: true });
    } finally {
      await updateSettings(database.db, { deleteMode: 'delete' }, testActor);
    }
  });
});

describe('group events from SCIM requests', () => {
  it('POST, PATCH displayName and DELETE /Groups write group.created, group.updated, group.deleted', async () => {
    const group = (await scim('POST', '/Groups', newGroup('Pilots', { externalId: 'g-1' }))).body;
    expect(await newEvents()).toEqual([
      expect.objectContaining({ type: 'group.created', data: { group: { id: group.id, displayName: 'Pilots', externalId: 'g-1' } } }),
    ]);
    await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'replace', path: 'displayName', value: 'Aviators' }));
    expect(await newEvents()).toEqual([
      expect.objectContaining({ type: 'group.updated', data: expect.objectContaining({ changes: { displayName: { old: 'Pilots', new: 'Aviators' } } }) }),
    ]);
    await scim('DELETE', `/Groups/${group.id}`);
    expect(kinds(await newEvents())).toEqual(['group.deleted']);
  });
});

describe('role and field events from console actions', () => {
  it('role.created, role.updated and role.deleted', async () => {
    const role = await createRole(database.db, { name: 'Auditor', description: 'reads' }, testActor);
    expect(await newEvents()).toEqual([
      expect.objectContaining({ type: 'role.created', data: { role: { id: role.id, name: 'Auditor', description: 'reads' } } }),
    ]);
    await updateRole(database.db, role.id, { name: 'Reviewer' }, testActor);
    expect(await newEvents()).toEqual([
      expect.objectContaining({ type: 'role.updated', data: expect.objectContaining({ changes: { name: { old: 'Auditor', new: 'Reviewer' } } }) }),
    ]);
    await deleteRole(database.db, role.id, testActor);
    expect(kinds(await newEvents())).toEqual(['role.deleted']);
  });

  it('field.created, field.updated and field.deleted', async () => {
    const { field } = await registerField(database.db, { machineName: 'cost_center', label: 'Cost centre', type: 'text' }, testActor);
    const created = await newEvents();
    expect(created[0]).toMatchObject({ type: 'field.created', data: { field: { id: field.id, machineName: 'cost_center', type: 'text', samlClaim: null } } });
    await updateField(database.db, field.id, { label: 'Cost center' }, testActor);
    expect(await newEvents()).toEqual([
      expect.objectContaining({ type: 'field.updated', data: expect.objectContaining({ changes: { label: { old: 'Cost centre', new: 'Cost center' } } }) }),
    ]);
    await deleteField(database.db, field.id, testActor);
    expect(kinds(await newEvents())).toEqual(['field.deleted']);
  });
});

describe('user.roles_changed, whatever caused it', () => {
  const roleNames = (event: ChangeEvent, key: 'oldRoles' | 'newRoles') => (event.data as Record<typeof key, { name: string }[]>)[key].map((role) => role.name);

  it('a membership PATCH that adds and removes a member of a mapped group', async () => {
    const role = await createRole(database.db, { name: 'Pilot', description: '' }, testActor);
    const user = await provision('amelia@acme.test');
    const group = (await scim('POST', '/Groups', newGroup('flyers'))).body;
    await mapGroupToRole(database.db, { roleId: role.id, groupId: group.id }, testActor);
    await newEvents();

    await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'add', path: 'members', value: [{ value: user.id }] }));
    const added = await newEvents();
    expect(kinds(added)).toEqual(['user.roles_changed']);
    expect(added[0].data).toMatchObject({ user: { scimId: user.id }, oldRoles: [], newRoles: [{ id: role.id, name: 'Pilot' }] });

    await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'remove', path: `members[value eq "${user.id}"]` }));
    const removed = await newEvents();
    expect(kinds(removed)).toEqual(['user.roles_changed']);
    expect([roleNames(removed[0], 'oldRoles'), roleNames(removed[0], 'newRoles')]).toEqual([['Pilot'], []]);
  });

  it('a mapped group deleted over SCIM', async () => {
    const role = await createRole(database.db, { name: 'Navigator', description: '' }, testActor);
    const keep = await createRole(database.db, { name: 'Crew', description: '' }, testActor);
    const user = await provision('fred@acme.test');
    const group = (await scim('POST', '/Groups', newGroup('navigators', { members: [{ value: user.id }] }))).body;
    const crew = (await scim('POST', '/Groups', newGroup('crew', { members: [{ value: user.id }] }))).body;
    await mapGroupToRole(database.db, { roleId: role.id, groupId: group.id }, testActor);
    await mapGroupToRole(database.db, { roleId: keep.id, groupId: crew.id }, testActor);
    await newEvents();

    expect((await scim('DELETE', `/Groups/${group.id}`)).status).toBe(204);
    const events = await newEvents();
    expect(kinds(events).sort()).toEqual(['group.deleted', 'user.roles_changed']);
    const rolesChanged = events.find((event) => event.type === 'user.roles_changed')!;
    expect([roleNames(rolesChanged, 'oldRoles'), roleNames(rolesChanged, 'newRoles')]).toEqual([['Crew', 'Navigator'], ['Crew']]);
  });

  it("the owner changing a group's roles in the console (map, unmap, delete the role)", async () => {
    const user = await provision('hedy@acme.test');
    const other = await provision('katherine@acme.test');
    const group = (await scim('POST', '/Groups', newGroup('engineers', { members: [{ value: user.id }, { value: other.id }] }))).body;
    const role = await createRole(database.db, { name: 'Engineer', description: '' }, testActor);
    await newEvents();

    const mapping = await mapGroupToRole(database.db, { roleId: role.id, groupId: group.id }, testActor);
    const mapped = await newEvents();
    expect(kinds(mapped)).toEqual(['user.roles_changed', 'user.roles_changed']);
    expect(mapped.map((event) => (event.data as { user: { scimId: string } }).user.scimId).sort()).toEqual([user.id, other.id].sort());

    await unmapGroup(database.db, mapping.id, testActor);
    expect(kinds(await newEvents())).toEqual(['user.roles_changed', 'user.roles_changed']);

    await mapGroupToRole(database.db, { roleId: role.id, groupId: group.id }, testActor);
    await newEvents();
    await deleteRole(database.db, role.id, testActor);
    const afterDelete = await newEvents();
    expect(kinds(afterDelete).sort()).toEqual(['role.deleted', 'user.roles_changed', 'user.roles_changed']);
    expect(afterDelete.filter((event) => event.type === 'user.roles_changed').map((event) => roleNames(event, 'newRoles'))).toEqual([[], []]);
  });

  it('a membership change in an unmapped group raises no roles event', async () => {
    const user = await provision('unmapped@acme.test');
    const group = (await scim('POST', '/Groups', newGroup('book club'))).body;
    await newEvents();
    await scim('PATCH', `/Groups/${group.id}`, patch({ op: 'add', path: 'members', value: [{ value: user.id }] }));
    expect(await newEvents()).toEqual([]);
  });
});
