import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { groupMembers, scimGroups, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { GET as groupMembersRoute } from '../groups/[id]/members/route';
import { GET as groups } from '../groups/route';
import { callRoute, refusal } from '../test-requests';
import { GET as user } from './[id]/route';
import { GET as users } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
const ALICE = '0191d4a0-0000-7000-8000-000000000001';
const SALES = '0191d4a0-0000-7000-8000-000000000002';

beforeAll(async () => {
  database.current = await createTestDatabase();
  const { db } = database.current;
  await db.insert(scimUsers).values({ id: ALICE, userName: 'alice@contoso.example', document: { userName: 'alice@contoso.example' } });
  await db.insert(scimGroups).values({ id: SALES, displayName: 'Sales', document: {} });
  await db.insert(groupMembers).values({ groupId: SALES, userId: ALICE });
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

describe('/api/console/users and /api/console/groups', () => {
  it('lists and searches users, and shows one with its SCIM resource located under this server', async () => {
    expect((await callRoute(users, { search: '?q=ALICE' })).body).toMatchObject({ total: 1, users: [{ id: ALICE }] });
    const detail = await callRoute(user, { params: { id: ALICE } });
    expect(detail.body.scimDocument.meta.location).toBe(`http://roster.test/scim/v2/Users/${ALICE}`);
    expect(detail.body.groups).toEqual([{ id: SALES, displayName: 'Sales' }]);
  });

  it('lists groups and pages their members', async () => {
    expect((await callRoute(groups)).body).toMatchObject({ total: 1, unmappedCount: 1, groups: [{ displayName: 'Sales', memberCount: 1 }] });
    const members = await callRoute(groupMembersRoute, { params: { id: SALES }, search: '?count=10' });
    expect(members.body).toMatchObject({ total: 1, members: [{ userName: 'alice@contoso.example' }] });
  });

  it.each([
    ['a page size over 100', () => callRoute(users, { search: '?count=500' }), /^count: Show at most 100 per page/],
    ['a startIndex of 0', () => callRoute(groups, { search: '?startIndex=0' }), /^startIndex: The start index starts at 1/],
    ['an unknown status', () => callRoute(users, { search: '?status=sleeping' }), /^status: /],
    ['a user id that is not a UUID', () => callRoute(user, { params: { id: '42' } }), /^id: Unknown user id/],
  ])('refuses %s with a 400', async (_case, call, message) => {
    const answer = await call();
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it.each([
    ['an unknown user', () => callRoute(user, { params: { id: SALES } })],
    ['an unknown group', () => callRoute(groupMembersRoute, { params: { id: ALICE } })],
  ])('answers 404 for %s', async (_case, call) => {
    expect((await call()).status).toBe(404);
  });

  it('refuses a success manager (403)', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    for (const call of [() => callRoute(users), () => callRoute(groups), () => callRoute(user, { params: { id: ALICE } })]) {
      expect((await call()).status).toBe(403);
    }
  });
});
