import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { appRoles, groupMembers, groupRoleMappings, scimGroups, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { listUsersQuerySchema } from '@/lib/contracts/directory';
import { DomainError } from '@/lib/errors/domain-error';
import { getUser } from './get-user';
import { listUsers } from './list-users';

let database: OpenDatabase;
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const id = (n: number) => `0191d4a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const USERS = {
  alice: id(1),
  bob: id(2),
  carol: id(3),
  dave: id(4),
  gone: id(5),
};
const GROUPS = { sales: id(11), admins: id(12) };
const ROLES = { viewer: id(21), owner: id(22) };

function user(key: keyof typeof USERS, document: Record<string, unknown>, extra: Partial<typeof scimUsers.$inferInsert> = {}) {
  return {
    id: USERS[key],
    userName: String(document.userName),
    displayName: (document.displayName as string | undefined) ?? null,
    primaryEmail: (document.emails as { value: string }[] | undefined)?.[0]?.value ?? null,
    active: document.active !== false,
    document: { schemas: [CORE], ...document },
    updatedAt: new Date(`2030-01-0${Object.keys(USERS).indexOf(key) + 1}T00:00:00Z`),
    ...extra,
  };
}

const list = (query: Record<string, unknown> = {}) => listUsers(database.db, listUsersQuerySchema.parse(query));
const userNames = async (query: Record<string, unknown>) => (await list(query)).users.map((entry) => entry.userName);

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.insert(scimUsers).values([
    user('alice', { userName: 'alice@contoso.example', displayName: 'Alice A', name: { givenName: 'Alice', familyName: 'Archer' }, emails: [{ value: 'alice@contoso.example', type: 'work' }], active: true }, { appFields: { email: 'alice@contoso.example', user_region: 'EMEA' } }),
    user('bob', { userName: 'Bob@contoso.example', name: { formatted: 'Robert Builder' }, active: false }),
    user('carol', { userName: 'carol@contoso.example', emails: [{ value: 'c.smith@mail.example' }], active: true }),
    user('dave', { userName: 'dave_100%@contoso.example', active: true }, { appFields: { email: 'D.Hundred@Apps.example' } }),
    user('gone', { userName: 'gone@contoso.example', active: false }, { deprovisionedAt: new Date('2030-02-01T00:00:00Z') }),
  ]);
  await db.insert(scimGroups).values([
    { id: GROUPS.sales, displayName: 'Sales', document: { displayName: 'Sales' } },
    { id: GROUPS.admins, displayName: 'Admins', document: { displayName: 'Admins' } },
  ]);
  await db.insert(groupMembers).values([
    { groupId: GROUPS.sales, userId: USERS.alice },
    { groupId: GROUPS.admins, userId: USERS.alice },
    { groupId: GROUPS.sales, userId: USERS.bob },
  ]);
  await db.insert(appRoles).values([
    { id: ROLES.viewer, name: 'Viewer' },
    { id: ROLES.owner, name: 'Owner' },
  ]);
  await db.insert(groupRoleMappings).values([
    { roleId: ROLES.viewer, groupId: GROUPS.sales, groupDisplayName: 'Sales' },
    { roleId: ROLES.owner, groupId: GROUPS.admins, groupDisplayName: 'Admins' },
    { roleId: ROLES.viewer, groupId: null, groupDisplayName: 'Not yet sent' },
  ]);
});
afterAll(() => database.close());

describe('listUsers', () => {
  it('lists every user in userName order, case-insensitively, deprovisioned accounts with their date', async () => {
    const page = await list();
    expect(page.users.map((entry) => [entry.userName, entry.deprovisionedAt])).toEqual([
      ['alice@contoso.example', null],
      ['Bob@contoso.example', null],
      ['carol@contoso.example', null],
      ['dave_100%@contoso.example', null],
      ['gone@contoso.example', '2030-02-01T00:00:00.000Z'],
    ]);
    expect(page).toMatchObject({ total: 5, startIndex: 1, count: 25 });
  });

  it.each([
    ['userName', 'BOB@', ['Bob@contoso.example']],
    ['display name', 'alice a', ['alice@contoso.example']],
    ['email column', 'c.smith', ['carol@contoso.example']],
    ['application email field', 'd.HUNDRED@apps', ['dave_100%@contoso.example']],
    ['formatted name', 'robert', ['Bob@contoso.example']],
    ['given and family name together', 'alice archer', ['alice@contoso.example']],
    ['a LIKE wildcard taken literally', '100%', ['dave_100%@contoso.example']],
    ['an underscore taken literally', 'e_1', ['dave_100%@contoso.example']],
    ['nothing', 'zebra', []],
  ])('searches by %s', async (_case, q, expected) => {
    expect(await userNames({ q })).toEqual(expected);
  });

  it.each([
    ['active', ['alice@contoso.example', 'carol@contoso.example', 'dave_100%@contoso.example']],
    ['inactive', ['Bob@contoso.example']],
    ['deprovisioned', ['gone@contoso.example']],
  ])('filters %s users', async (status, expected) => {
    expect(await userNames({ status })).toEqual(expected);
  });

  it('pages on the server with the total of the whole filter', async () => {
    const first = await list({ count: 2 });
    const second = await list({ count: 2, startIndex: 3 });
    expect([...first.users, ...second.users].map((entry) => entry.id)).toEqual([USERS.alice, USERS.bob, USERS.carol, USERS.dave]);
    expect([first.total, second.total]).toEqual([5, 5]);
    expect((await list({ startIndex: 50 })).users).toEqual([]);
  });

  it('shows application fields, the name, email, last change and each role with the group that gave it', async () => {
    const [alice, bob] = (await list({ count: 2 })).users;
    expect(alice).toMatchObject({
      name: 'Alice Archer',
      email: 'alice@contoso.example',
      active: true,
      appFields: { email: 'alice@contoso.example', user_region: 'EMEA' },
      lastChange: '2030-01-01T00:00:00.000Z',
    });
    expect(alice.roles.map((role) => [role.roleName, role.groupDisplayName]).sort()).toEqual([
      ['Owner', 'Admins'],
      ['Viewer', 'Sales'],
    ]);
    expect(bob).toMatchObject({ name: 'Robert Builder', active: false, roles: [{ roleName: 'Viewer', groupId: GROUPS.sales }] });
  });
});

describe('getUser', () => {
  const scimBaseUrl = 'https://roster.example.com/scim/v2';

  it('returns the SCIM resource as the API presents it, with groups, roles and bookkeeping', async () => {
    const detail = await getUser(database.db, { id: USERS.alice, scimBaseUrl });
    expect(detail.groups.map((group) => group.displayName)).toEqual(['Admins', 'Sales']);
    expect(detail.user).toMatchObject({ userName: 'alice@contoso.example', version: 1, deprovisionedAt: null });
    expect(detail.user.roles).toHaveLength(2);
    expect(detail.scimDocument).toMatchObject({
      schemas: [CORE],
      id: USERS.alice,
      userName: 'alice@contoso.example',
      name: { givenName: 'Alice', familyName: 'Archer' },
      groups: [
        { value: GROUPS.admins, display: 'Admins', type: 'direct' },
        { value: GROUPS.sales, display: 'Sales', type: 'direct' },
      ],
      meta: { resourceType: 'User', location: `${scimBaseUrl}/Users/${USERS.alice}`, version: 'W/"1"' },
    });
  });

  it('still finds a deprovisioned account, so its history stays reachable', async () => {
    const detail = await getUser(database.db, { id: USERS.gone, scimBaseUrl });
    expect(detail.user.deprovisionedAt).toBe('2030-02-01T00:00:00.000Z');
    expect(detail.scimDocument).not.toHaveProperty('groups');
  });

  it('answers 404 for an unknown id', async () => {
    await expect(getUser(database.db, { id: id(99), scimBaseUrl })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(getUser(database.db, { id: id(99), scimBaseUrl })).rejects.toBeInstanceOf(DomainError);
  });
});
