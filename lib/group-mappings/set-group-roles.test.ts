import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { insertGroup, insertUser, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import type { RoleDto } from '@/lib/contracts/roles';
import { listGroupMappings } from './list-group-mappings';
import { mapGroupToRole } from './map-group-to-role';
import { previewMappingChange } from './preview-mapping-change';
import { setGroupRoles } from './set-group-roles';

let database: OpenDatabase;
let db: Database;
let viewer: RoleDto;
let editor: RoleDto;
let admin: RoleDto;
let staff: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  [viewer, editor, admin] = [
    await createRole(db, { name: 'Viewer', description: '' }, testActor),
    await createRole(db, { name: 'Editor', description: '' }, testActor),
    await createRole(db, { name: 'Admin', description: '' }, testActor),
  ];
  staff = await insertGroup(db, 'Staff', [await insertUser(db, { userName: 'ann@contoso.example' })]);
});
afterAll(() => database.close());

const rolesOfStaff = async () => (await listGroupMappings(db, { groupId: staff })).map((mapping) => mapping.roleName).sort();
const updates = (resourceName: string) =>
  db.select().from(auditEvents).where(and(eq(auditEvents.operation, 'mapping.update'), eq(auditEvents.resourceName, resourceName))).orderBy(auditEvents.id);

describe('setGroupRoles: the whole set of a group’s roles in one save', () => {
  it('adds and removes in one transaction with one audit entry', async () => {
    await setGroupRoles(db, { groupId: staff, roleIds: [viewer.id, editor.id] }, testActor);
    const saved = await setGroupRoles(db, { groupId: staff, roleIds: [editor.id, admin.id] }, testActor);

    expect([saved.added, saved.removed]).toEqual([1, 1]);
    expect(await rolesOfStaff()).toEqual(['Admin', 'Editor']);
    const events = await updates('Staff');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      resourceType: 'Group',
      resourceId: staff,
      changes: [{ field: 'roles', old: ['Editor', 'Viewer'], new: ['Admin', 'Editor'] }],
      detail: { added: ['Admin'], removed: ['Viewer'], pending: false },
    });
  });

  it('saves nothing and writes no entry when one role of the set no longer exists', async () => {
    const gone = '00000000-0000-4000-8000-000000000000';
    await expect(setGroupRoles(db, { groupId: staff, roleIds: [viewer.id, gone] }, testActor)).rejects.toMatchObject({
      kind: 'not_found',
      message: 'A role you ticked no longer exists (it may have been deleted). Reload the page and try again.',
    });
    expect(await rolesOfStaff()).toEqual(['Admin', 'Editor']);
    expect(await updates('Staff')).toHaveLength(2);
  });

  it('an unchanged set is no change and no entry', async () => {
    expect(await setGroupRoles(db, { groupId: staff, roleIds: [admin.id, editor.id] }, testActor)).toMatchObject({ added: 0, removed: 0 });
    expect(await updates('Staff')).toHaveLength(2);
  });
});

describe('pre-mapping a name already pre-mapped in another letter case', () => {
  it('the preview names the existing entry in its first spelling, and saving keeps that spelling', async () => {
    await mapGroupToRole(db, { roleId: viewer.id, groupDisplayName: 'Sales Team' }, testActor);

    const preview = await previewMappingChange(db, { add: [{ roleId: editor.id, groupDisplayName: 'SALES team' }] });
    expect(preview.pendingNames).toEqual([{ displayName: 'Sales Team', roles: [{ roleId: viewer.id, roleName: 'Viewer' }] }]);

    const saved = await setGroupRoles(db, { groupDisplayName: 'SALES team', roleIds: [editor.id], mode: 'add' }, testActor);
    expect(saved.mappings.map((mapping) => [mapping.groupDisplayName, mapping.roleName]).sort()).toEqual([
      ['Sales Team', 'Editor'],
      ['Sales Team', 'Viewer'],
    ]);
    expect((await updates('Sales Team'))[0]).toMatchObject({ resourceType: 'GroupMapping', detail: { added: ['Editor'], removed: [], pending: true } });
  });

  it('the single-mapping endpoint keeps the first spelling too', async () => {
    const mapping = await mapGroupToRole(db, { roleId: admin.id, groupDisplayName: 'sales TEAM' }, testActor);
    expect(mapping.groupDisplayName).toBe('Sales Team');
  });
});
