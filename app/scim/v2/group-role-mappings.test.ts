import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newGroup, newUser, type ScimClient } from '@/e2e/scim/route-client';
import { listUserRoles } from '@/lib/group-mappings/list-user-roles';
import { mapGroupToRole } from '@/lib/group-mappings/map-group-to-role';
import { createRole } from '@/lib/roles/create-role';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
const owner = { id: '0191d4a0-0000-7000-8000-0000000000e1', email: 'owner@roster.example', name: 'Owner', role: 'owner' as const };

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
afterAll(() => database.close());

describe('group → role mappings through SCIM', () => {
  it('a mapping made by display name before the group arrives binds when Entra creates it', async () => {
    const role = await createRole(database.db, { name: 'Editor', description: '' }, owner);
    await mapGroupToRole(database.db, { roleId: role.id, groupDisplayName: 'app-editors' }, owner);
    const user = (await scim('POST', '/Users', newUser('editor@contoso.example'))).body;
    const group = await scim('POST', '/Groups', newGroup('App-Editors', { members: [{ value: user.id }] }));
    expect(group.status).toBe(201);

    const roles = (await listUserRoles(database.db, [user.id])).get(user.id);
    expect(roles).toEqual([expect.objectContaining({ roleName: 'Editor', groupId: group.body.id, groupDisplayName: 'App-Editors' })]);
  });

  it('deleting one of two same-named mapped groups succeeds, and a re-created group binds again', async () => {
    const role = await createRole(database.db, { name: 'Viewer', description: '' }, owner);
    const first = (await scim('POST', '/Groups', newGroup('viewers'))).body;
    const second = (await scim('POST', '/Groups', newGroup('viewers'))).body;
    await mapGroupToRole(database.db, { roleId: role.id, groupId: first.id }, owner);
    await mapGroupToRole(database.db, { roleId: role.id, groupId: second.id }, owner);

    expect((await scim('DELETE', `/Groups/${first.id}`)).status).toBe(204);
    expect((await scim('DELETE', `/Groups/${second.id}`)).status).toBe(204);

    const user = (await scim('POST', '/Users', newUser('viewer@contoso.example'))).body;
    const again = (await scim('POST', '/Groups', newGroup('Viewers', { members: [{ value: user.id }] }))).body;
    expect((await listUserRoles(database.db, [user.id])).get(user.id)).toEqual([
      expect.objectContaining({ roleName: 'Viewer', groupId: again.id }),
    ]);
  });
});
