import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { insertGroup, insertUser, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import { listGroupsWithRoles } from './list-groups-with-roles';
import { mapGroupToRole } from './map-group-to-role';

let database: OpenDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  const [viewer, owner] = [await createRole(db, { name: 'Viewer', description: '' }, testActor), await createRole(db, { name: 'Owner', description: '' }, testActor)];
  const ann = await insertUser(db, { userName: 'ann@contoso.example' });
  const bob = await insertUser(db, { userName: 'bob@contoso.example' });
  const admins = await insertGroup(db, 'admins', [ann, bob]);
  await insertGroup(db, 'Berlin 100%', [ann]);
  await insertGroup(db, 'Contractors');
  await insertGroup(db, 'Berlin Office');
  await mapGroupToRole(db, { roleId: viewer.id, groupId: admins }, testActor);
  await mapGroupToRole(db, { roleId: owner.id, groupId: admins }, testActor);
});
afterAll(() => database.close());

const names = (page: Awaited<ReturnType<typeof listGroupsWithRoles>>) => page.groups.map((group) => group.displayName);

describe('listGroupsWithRoles', () => {
  it('lists groups by name with member counts and their roles', async () => {
    const { groups, nextCursor } = await listGroupsWithRoles(db);
    expect(nextCursor).toBeNull();
    expect(groups.map((group) => [group.displayName, group.memberCount, group.roles.map((role) => role.roleName)])).toEqual([
      ['admins', 2, ['Owner', 'Viewer']],
      ['Berlin 100%', 1, []],
      ['Berlin Office', 0, []],
      ['Contractors', 0, []],
    ]);
  });

  it('lists the groups that give no role', async () => {
    expect(names(await listGroupsWithRoles(db, { unmappedOnly: true }))).toEqual(['Berlin 100%', 'Berlin Office', 'Contractors']);
  });

  it('searches names without regard to case, taking % and _ literally', async () => {
    expect(names(await listGroupsWithRoles(db, { search: 'BERLIN' }))).toEqual(['Berlin 100%', 'Berlin Office']);
    expect(names(await listGroupsWithRoles(db, { search: '100%' }))).toEqual(['Berlin 100%']);
    expect(names(await listGroupsWithRoles(db, { search: '%' }))).toEqual(['Berlin 100%']);
  });

  it('pages with a cursor', async () => {
    const first = await listGroupsWithRoles(db, { limit: 3 });
    expect(names(first)).toEqual(['admins', 'Berlin 100%', 'Berlin Office']);
    const second = await listGroupsWithRoles(db, { limit: 3, cursor: first.nextCursor! });
    expect(names(second)).toEqual(['Contractors']);
    expect(second.nextCursor).toBeNull();
  });
});
