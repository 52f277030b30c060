import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { appRoles, groupMembers, groupRoleMappings, scimGroups, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { listGroupMembersQuerySchema, listGroupsQuerySchema } from '@/lib/contracts/directory';
import { listGroupMembers } from './list-group-members';
import { listGroups } from './list-groups';

let database: OpenDatabase;
const id = (n: number) => `0191d4a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const GROUPS = { sales: id(101), admins: id(102), empty: id(103), hr: id(104) };
const ROLES = { viewer: id(201), owner: id(202) };
const MEMBER_COUNT = 7;
const memberId = (n: number) => id(1000 + n);

const groups = (query: Record<string, unknown> = {}) => listGroups(database.db, listGroupsQuerySchema.parse(query));
const names = async (query: Record<string, unknown>) => (await groups(query)).groups.map((group) => group.displayName);
const members = (groupId: string, query: Record<string, unknown> = {}) =>
  listGroupMembers(database.db, groupId, listGroupMembersQuerySchema.parse(query));

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.insert(scimUsers).values(
    Array.from({ length: MEMBER_COUNT }, (_, n) => ({
      id: memberId(n),
      userName: `member${MEMBER_COUNT - n}@contoso.example`,
      active: n !== 0,
      document: { userName: `member${MEMBER_COUNT - n}@contoso.example` },
    })),
  );
  await db.insert(scimGroups).values([
    { id: GROUPS.sales, displayName: 'Sales', externalId: 'ext-sales', document: {} },
    { id: GROUPS.admins, displayName: 'admins', document: {} },
    { id: GROUPS.empty, displayName: 'Empty_Team', document: {} },
    { id: GROUPS.hr, displayName: 'HR', document: {} },
  ]);
  await db.insert(groupMembers).values([
    ...Array.from({ length: MEMBER_COUNT }, (_, n) => ({ groupId: GROUPS.sales, userId: memberId(n) })),
    { groupId: GROUPS.admins, userId: memberId(1) },
    { groupId: GROUPS.hr, userId: memberId(2) },
  ]);
  await db.insert(appRoles).values([
    { id: ROLES.viewer, name: 'Viewer' },
    { id: ROLES.owner, name: 'Owner' },
  ]);
  await db.insert(groupRoleMappings).values([
    { roleId: ROLES.viewer, groupId: GROUPS.sales, groupDisplayName: 'Sales' },
    { roleId: ROLES.owner, groupId: GROUPS.sales, groupDisplayName: 'Sales' },
    { roleId: ROLES.owner, groupId: GROUPS.admins, groupDisplayName: 'admins' },
    { roleId: ROLES.owner, groupId: null, groupDisplayName: 'HR' },
  ]);
});
afterAll(() => database.close());

describe('listGroups', () => {
  it('lists groups by name with member counts, mapped roles and the directory-wide count of groups with no role', async () => {
    const page = await groups();
    expect(page.groups.map((group) => [group.displayName, group.memberCount, group.roles.map((role) => role.roleName)])).toEqual([
      ['admins', 1, ['Owner']],
      ['Empty_Team', 0, []],
      ['HR', 1, []],
      ['Sales', MEMBER_COUNT, ['Owner', 'Viewer']],
    ]);
    expect(page).toMatchObject({ total: 4, unmappedCount: 2 });
    expect(page.groups[3].roles[0].mappingId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['unmapped groups only (a pending name is not a mapping)', { mapping: 'unmapped' }, ['Empty_Team', 'HR']],
    ['mapped groups only', { mapping: 'mapped' }, ['admins', 'Sales']],
    ['a search in the display name', { q: 'ADM' }, ['admins']],
    ['a search with a literal underscore', { q: 'y_t' }, ['Empty_Team']],
    ['an exact externalId', { q: 'ext-sales' }, ['Sales']],
    ['a search and a mapping state', { q: 'a', mapping: 'unmapped' }, ['Empty_Team']],
  ])('filters by %s', async (_case, query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('keeps unmappedCount for the whole directory while searching', async () => {
    expect(await groups({ q: 'sales' })).toMatchObject({ total: 1, unmappedCount: 2 });
  });

  it('pages with a stable order', async () => {
    const first = await groups({ count: 3 });
    const second = await groups({ count: 3, startIndex: 4 });
    expect([...first.groups, ...second.groups].map((group) => group.id)).toEqual([GROUPS.admins, GROUPS.empty, GROUPS.hr, GROUPS.sales]);
    expect(second.total).toBe(4);
  });
});

describe('listGroupMembers', () => {
  it('pages a group’s members by userName with the group summary and the total', async () => {
    const first = await members(GROUPS.sales, { count: 3 });
    const rest = await members(GROUPS.sales, { count: 5, startIndex: 4 });
    expect(first.group).toMatchObject({ displayName: 'Sales', memberCount: MEMBER_COUNT });
    expect([...first.members, ...rest.members].map((member) => member.userName)).toEqual(
      Array.from({ length: MEMBER_COUNT }, (_, n) => `member${n + 1}@contoso.example`),
    );
    expect([first.total, rest.total]).toEqual([MEMBER_COUNT, MEMBER_COUNT]);
    expect(rest.members.at(-1)).toMatchObject({ userName: `member${MEMBER_COUNT}@contoso.example`, active: false });
  });

  it('answers an empty page for a group with no members', async () => {
    expect(await members(GROUPS.empty)).toMatchObject({ members: [], total: 0 });
  });

  it('answers 404 for an unknown group', async () => {
    await expect(members(id(999))).rejects.toMatchObject({ kind: 'not_found' });
  });
});
