import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { auditEvents, scimGroups } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { addMembers, insertGroup, insertUser, refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import type { RoleDto } from '@/lib/contracts/roles';
import { bindPendingMappings } from './bind-pending-mappings';
import { listGroupMappings } from './list-group-mappings';
import { listUserRoles } from './list-user-roles';
import { mapGroupToRole } from './map-group-to-role';
import { releaseGroupMappings } from './release-group-mappings';
import { unmapGroup } from './unmap-group';

let database: OpenDatabase;
let db: Database;
let viewer: RoleDto;
let owner: RoleDto;
let ann: string;
let bob: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  viewer = await createRole(db, { name: 'Viewer', description: '' }, testActor);
  owner = await createRole(db, { name: 'Owner', description: '' }, testActor);
  ann = await insertUser(db, { userName: 'ann@contoso.example' });
  bob = await insertUser(db, { userName: 'bob@contoso.example' });
});
afterAll(() => database.close());

/** What the SCIM group store does on create and rename. */
async function arrive(displayName: string, members: string[]): Promise<string> {
  const id = await insertGroup(db, displayName, members);
  await bindPendingMappings(db, { id, displayName });
  return id;
}

async function rename(id: string, displayName: string): Promise<void> {
  await db.update(scimGroups).set({ displayName, document: { displayName } }).where(eq(scimGroups.id, id));
  await bindPendingMappings(db, { id, displayName });
}

const rolesOf = async (userId: string) => (await listUserRoles(db, [userId])).get(userId)!.map((role) => `${role.roleName} via ${role.groupDisplayName}`);

describe('roles through mapped groups', () => {
  it('gives the members of a group mapped by id its role, naming the group, and audits the mapping', async () => {
    const readers = await arrive('Readers', [ann]);
    const mapping = await mapGroupToRole(db, { roleId: viewer.id, groupId: readers }, testActor);
    expect(mapping).toMatchObject({ roleName: 'Viewer', groupId: readers, groupDisplayName: 'Readers', memberCount: 1, isPending: false, createdBy: testActor.email });
    expect(await rolesOf(ann)).toEqual(['Viewer via Readers']);
    expect(await rolesOf(bob)).toEqual([]);

    const [audit] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit).toMatchObject({ operation: 'mapping.create', resourceType: 'GroupMapping', resourceId: mapping.id, resourceName: 'Readers → Viewer' });
  });

  it('refuses the same mapping twice, an unknown group or role, and both or neither of id and name', async () => {
    const [readers] = await listGroupMappings(db, { roleId: viewer.id });
    await expect(mapGroupToRole(db, { roleId: viewer.id, groupId: readers.groupId! }, testActor)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(mapGroupToRole(db, { roleId: viewer.id, groupDisplayName: 'READERS' }, testActor)).rejects.toMatchObject({ kind: 'conflict' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(mapGroupToRole(db, { roleId: viewer.id, groupId: unknown }, testActor)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(mapGroupToRole(db, { roleId: unknown, groupDisplayName: 'X' }, testActor)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await refusalOf(mapGroupToRole(db, { roleId: viewer.id }, testActor))).toMatch(/Send either groupId .* or groupDisplayName/);
    expect(await refusalOf(mapGroupToRole(db, { roleId: viewer.id, groupId: unknown, groupDisplayName: 'X' }, testActor))).toMatch(/not both/);
  });

  it('binds a name that matches a received group at once, without regard to case', async () => {
    const mapping = await mapGroupToRole(db, { roleId: owner.id, groupDisplayName: 'readers' }, testActor);
    expect(mapping).toMatchObject({ isPending: false, groupDisplayName: 'Readers' });
    expect(await rolesOf(ann)).toEqual(['Owner via Readers', 'Viewer via Readers']);
    await unmapGroup(db, mapping.id, testActor);
  });
});

describe('roles through pre-mapped groups', () => {
  it('keeps a mapping by display name pending until a group of that name arrives, then binds it', async () => {
    const pending = await mapGroupToRole(db, { roleId: owner.id, groupDisplayName: 'App Owners' }, testActor);
    expect(pending).toMatchObject({ groupId: null, groupDisplayName: 'App Owners', isPending: true, memberCount: 0 });
    await expect(mapGroupToRole(db, { roleId: owner.id, groupDisplayName: 'app owners' }, testActor)).rejects.toMatchObject({ kind: 'conflict' });

    const appOwners = await arrive('APP OWNERS', [bob]);
    const [bound] = await listGroupMappings(db, { ids: [pending.id] });
    expect(bound).toMatchObject({ groupId: appOwners, groupDisplayName: 'APP OWNERS', isPending: false, memberCount: 1 });
    expect(await rolesOf(bob)).toEqual(['Owner via APP OWNERS']);
  });

  it('binds when a group is later renamed to the awaited name, and follows the group through further renames', async () => {
    const pending = await mapGroupToRole(db, { roleId: viewer.id, groupDisplayName: 'Auditors' }, testActor);
    const team = await arrive('Audit Team', [bob]);
    expect(await rolesOf(bob)).toEqual(['Owner via APP OWNERS']);

    await rename(team, 'auditors');
    expect(await rolesOf(bob)).toEqual(['Owner via APP OWNERS', 'Viewer via auditors']);
    await rename(team, 'Compliance');
    expect((await listGroupMappings(db, { ids: [pending.id] }))[0]).toMatchObject({ groupId: team, groupDisplayName: 'Compliance' });
  });

  it('waits for the group again after the group is deleted, and binds to its re-creation', async () => {
    const [compliance] = (await listGroupMappings(db, { roleId: viewer.id })).filter((mapping) => mapping.groupDisplayName === 'Compliance');
    await releaseGroupMappings(db, compliance.groupId!);
    await db.delete(scimGroups).where(eq(scimGroups.id, compliance.groupId!));
    expect((await listGroupMappings(db, { ids: [compliance.id] }))[0]).toMatchObject({ isPending: true, groupDisplayName: 'Compliance' });

    const again = await arrive('Compliance', [ann]);
    expect((await listGroupMappings(db, { ids: [compliance.id] }))[0]).toMatchObject({ isPending: false, groupId: again });
  });

  it('drops a pre-mapping that would duplicate a mapping the arriving group already has', async () => {
    const team = await arrive('Ops', [ann]);
    await mapGroupToRole(db, { roleId: owner.id, groupId: team }, testActor);
    const pending = await mapGroupToRole(db, { roleId: owner.id, groupDisplayName: 'Operations' }, testActor);
    await rename(team, 'Operations');

    expect(await listGroupMappings(db, { ids: [pending.id] })).toEqual([]);
    expect((await listGroupMappings(db, { groupId: team })).map((mapping) => mapping.roleName)).toEqual(['Owner']);
  });

  it('lets two same-named groups mapped to one role be deleted: the second release drops what would collide', async () => {
    const first = await arrive('Twins', []);
    const second = await arrive('Twins', []);
    await mapGroupToRole(db, { roleId: owner.id, groupId: first }, testActor);
    await mapGroupToRole(db, { roleId: owner.id, groupId: second }, testActor);
    await releaseGroupMappings(db, first);
    await db.delete(scimGroups).where(eq(scimGroups.id, first));

    // Without the release, the foreign key would turn the second mapping into a duplicate pending one and fail the delete.
    await expect(db.delete(scimGroups).where(eq(scimGroups.id, second))).rejects.toThrow();
    await releaseGroupMappings(db, second);
    await db.delete(scimGroups).where(eq(scimGroups.id, second));
    const twins = (await listGroupMappings(db, { roleId: owner.id })).filter((mapping) => mapping.groupDisplayName === 'Twins');
    expect(twins).toMatchObject([{ isPending: true, groupId: null }]);
  });
});

describe('listUserRoles', () => {
  it('answers the union over the user\'s groups for a page of users, with an empty list for users without a role', async () => {
    const carol = await insertUser(db, { userName: 'carol@contoso.example' });
    const [readers] = (await listGroupMappings(db, { roleId: viewer.id })).filter((mapping) => mapping.groupDisplayName === 'Readers');
    await addMembers(db, readers.groupId!, [bob]);

    const roles = await listUserRoles(db, [ann, bob, carol, 'not-a-uuid']);
    expect([...roles.keys()]).toEqual([ann, bob, carol, 'not-a-uuid']);
    expect(roles.get(bob)!.map((role) => [role.roleName, role.groupDisplayName])).toEqual([
      ['Owner', 'APP OWNERS'],
      ['Viewer', 'Readers'],
    ]);
    expect(roles.get(ann)!.map((role) => `${role.roleName} via ${role.groupDisplayName}`)).toEqual(['Owner via Operations', 'Viewer via Compliance', 'Viewer via Readers']);
    expect(roles.get(carol)).toEqual([]);
    expect(roles.get(ann)![1]).toEqual({ roleId: viewer.id, roleName: 'Viewer', groupId: expect.any(String), groupDisplayName: 'Compliance' });
  });
});
