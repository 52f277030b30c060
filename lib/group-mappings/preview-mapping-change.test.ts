import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { insertGroup, insertUser, refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import type { RoleDto } from '@/lib/contracts/roles';
import { listUserRoles } from './list-user-roles';
import { mapGroupToRole } from './map-group-to-role';
import { previewMappingChange } from './preview-mapping-change';
import { unmapGroup } from './unmap-group';

let database: OpenDatabase;
let db: Database;
let viewer: RoleDto;
let owner: RoleDto;
let users: string[];
let staff: string;
let leads: string;
let viewerViaStaff: string;
let viewerViaLeads: string;

/** Five users: all in Staff, the first two also in Leads; Staff and Leads both give Viewer. */
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  viewer = await createRole(db, { name: 'Viewer', description: '' }, testActor);
  owner = await createRole(db, { name: 'Owner', description: '' }, testActor);
  users = [];
  for (let index = 0; index < 5; index += 1) users.push(await insertUser(db, { userName: `user${index}@contoso.example` }));
  staff = await insertGroup(db, 'Staff', users);
  leads = await insertGroup(db, 'Leads', users.slice(0, 2));
  await insertGroup(db, 'Empty', []);
  viewerViaStaff = (await mapGroupToRole(db, { roleId: viewer.id, groupId: staff }, testActor)).id;
  viewerViaLeads = (await mapGroupToRole(db, { roleId: viewer.id, groupId: leads }, testActor)).id;
});
afterAll(() => database.close());

const effect = (role: RoleDto, userCount: number) => ({ roleId: role.id, roleName: role.name, userCount });

describe('previewMappingChange', () => {
  it.each([
    ['mapping Leads to Owner', () => ({ add: [{ roleId: owner.id, groupId: leads }] }), () => ({ gains: [effect(owner, 2)], losses: [], pendingNames: [] })],
    ['mapping a group by its name', () => ({ add: [{ roleId: owner.id, groupDisplayName: 'staff' }] }), () => ({ gains: [effect(owner, 5)], losses: [], pendingNames: [] })],
    ['pre-mapping a group not yet received', () => ({ add: [{ roleId: owner.id, groupDisplayName: 'Future' }] }), () => ({ gains: [], losses: [], pendingNames: [] })],
    ['a role users already have through another group', () => ({ add: [{ roleId: viewer.id, groupId: leads }] }), () => ({ gains: [], losses: [], pendingNames: [] })],
    ['removing Staff → Viewer: Leads members keep it', () => ({ remove: [viewerViaStaff] }), () => ({ gains: [], losses: [effect(viewer, 3)], pendingNames: [] })],
    ['removing Leads → Viewer: everyone keeps it through Staff', () => ({ remove: [viewerViaLeads] }), () => ({ gains: [], losses: [], pendingNames: [] })],
    ['removing both', () => ({ remove: [viewerViaStaff, viewerViaLeads] }), () => ({ gains: [], losses: [effect(viewer, 5)], pendingNames: [] })],
    [
      'moving Viewer from Staff to Owner',
      () => ({ add: [{ roleId: owner.id, groupId: staff }], remove: [viewerViaStaff] }),
      () => ({ gains: [effect(owner, 5)], losses: [effect(viewer, 3)], pendingNames: [] }),
    ],
    ['nothing', () => ({}), () => ({ gains: [], losses: [], pendingNames: [] })],
  ])('%s', async (_case, change, expected) => {
    expect(await previewMappingChange(db, change())).toEqual(expected());
  });

  it('refuses unknown roles, groups and mappings', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(previewMappingChange(db, { add: [{ roleId: unknown, groupId: staff }] })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(previewMappingChange(db, { add: [{ roleId: owner.id, groupId: unknown }] })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(previewMappingChange(db, { remove: [unknown] })).rejects.toMatchObject({ kind: 'not_found' });
    expect(await refusalOf(previewMappingChange(db, { remove: ['nope'] }))).toMatch(/^remove\.0: /);
  });

  it('predicts what saving the change does', async () => {
    expect(await previewMappingChange(db, { remove: [viewerViaStaff] })).toEqual({ gains: [], losses: [effect(viewer, 3)], pendingNames: [] });
    const removed = await unmapGroup(db, viewerViaStaff, testActor);
    expect(removed).toMatchObject({ id: viewerViaStaff, roleName: 'Viewer', groupDisplayName: 'Staff', memberCount: 5 });

    const roles = await listUserRoles(db, users);
    expect(users.map((user) => roles.get(user)!.length)).toEqual([1, 1, 0, 0, 0]);
    const [audit] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit).toMatchObject({ operation: 'mapping.delete', resourceId: viewerViaStaff, resourceName: 'Staff → Viewer' });
    await expect(unmapGroup(db, viewerViaStaff, testActor)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
