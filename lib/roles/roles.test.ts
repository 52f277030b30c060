import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { auditEvents, groupRoleMappings } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { mapGroupToRole } from '@/lib/group-mappings/map-group-to-role';
import { insertGroup, insertUser, refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from './create-role';
import { deleteRole } from './delete-role';
import { listRoles } from './list-roles';
import { updateRole } from './update-role';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const lastAudit = async () => (await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('createRole', () => {
  it('creates a role, audited', async () => {
    const role = await createRole(database.db, { name: 'Viewer', description: '' }, testActor);
    expect(role).toMatchObject({ name: 'Viewer', description: '' });
    expect(await lastAudit()).toMatchObject({
      operation: 'role.create',
      resourceType: 'Role',
      resourceId: role.id,
      resourceName: 'Viewer',
      actorName: testActor.email,
      changes: [{ field: 'name', old: null, new: 'Viewer' }, { field: 'description', old: null, new: '' }],
    });
  });

  it('refuses a name taken in another case, naming the field', async () => {
    expect(await refusalOf(createRole(database.db, { name: 'VIEWER', description: '' }, testActor))).toMatch(
      /^name: A role named "VIEWER" already exists/,
    );
  });

  it('answers a taken name with a conflict', async () => {
    await expect(createRole(database.db, { name: 'viewer', description: '' }, testActor)).rejects.toMatchObject({ kind: 'conflict' });
  });
});

describe('updateRole', () => {
  it('renames and describes a role, including a change of case only, audited', async () => {
    const role = await createRole(database.db, { name: 'editor', description: '' }, testActor);
    const renamed = await updateRole(database.db, role.id, { name: 'Editor', description: 'Edits content' }, testActor);
    expect(renamed).toMatchObject({ id: role.id, name: 'Editor', description: 'Edits content' });
    expect((await lastAudit()).changes).toEqual([
      { field: 'name', old: 'editor', new: 'Editor' },
      { field: 'description', old: '', new: 'Edits content' },
    ]);
  });

  it('refuses a name another role has, and an unknown role', async () => {
    const [editor] = (await listRoles(database.db)).filter((role) => role.name === 'Editor');
    await expect(updateRole(database.db, editor.id, { name: 'viewer' }, testActor)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(updateRole(database.db, '00000000-0000-4000-8000-000000000000', { name: 'x' }, testActor)).rejects.toMatchObject({
      kind: 'not_found',
    });
  });
});

describe('listRoles and deleteRole', () => {
  it('lists roles with mapping and user counts, and deleting one says what it affected', async () => {
    const owner = await createRole(database.db, { name: 'Owner', description: '' }, testActor);
    const [ann, bob] = [await insertUser(database.db, { userName: 'ann@x.example' }), await insertUser(database.db, { userName: 'bob@x.example' })];
    const admins = await insertGroup(database.db, 'Admins', [ann, bob]);
    const leads = await insertGroup(database.db, 'Leads', [ann]);
    await mapGroupToRole(database.db, { roleId: owner.id, groupId: admins }, testActor);
    await mapGroupToRole(database.db, { roleId: owner.id, groupId: leads }, testActor);
    await mapGroupToRole(database.db, { roleId: owner.id, groupDisplayName: 'Future Owners' }, testActor);

    const roles = await listRoles(database.db);
    expect(roles.map((role) => role.name)).toEqual(['Editor', 'Owner', 'Viewer']);
    expect(roles[1]).toMatchObject({ mappingCount: 3, pendingMappingCount: 1, userCount: 2 });
    expect(roles[0]).toMatchObject({ mappingCount: 0, pendingMappingCount: 0, userCount: 0 });

    const deleted = await deleteRole(database.db, owner.id, testActor);
    expect(deleted.role).toEqual(owner);
    expect(deleted.usersLosingRole).toBe(2);
    expect(deleted.mappings.map((mapping) => [mapping.groupDisplayName, mapping.isPending])).toEqual([
      ['Admins', false],
      ['Future Owners', true],
      ['Leads', false],
    ]);
    expect(await database.db.select().from(groupRoleMappings)).toEqual([]);
    expect(await lastAudit()).toMatchObject({ operation: 'role.delete', resourceName: 'Owner', detail: { mappingsDeleted: 3, usersLosingRole: 2 } });
    await expect(deleteRole(database.db, owner.id, testActor)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
