import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { insertGroup, testActor } from '@/e2e/fixtures/test-directory';
import { createRole } from '@/lib/roles/create-role';
import { callRoute, refusal } from '../test-requests';
import { PUT } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
let groupId: string;
let roleIds: string[];

beforeAll(async () => {
  database.current = await createTestDatabase();
  groupId = await insertGroup(database.current.db, 'Finance');
  roleIds = [(await createRole(database.current.db, { name: 'Approver', description: '' }, testActor)).id, (await createRole(database.current.db, { name: 'Payer', description: '' }, testActor)).id];
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(testActor));

const save = (body: unknown) => callRoute(PUT, { method: 'PUT', body });

describe('PUT /api/console/group-roles', () => {
  it('saves the whole set in one request', async () => {
    const response = await save({ groupId, roleIds });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ added: 2, removed: 0 });
    expect(response.body.mappings.map((mapping: { roleName: string }) => mapping.roleName).sort()).toEqual(['Approver', 'Payer']);
  });

  it.each([
    [{ roleIds: [] }, /Send either groupId .* or groupDisplayName/],
    [{ groupId: 'nope', roleIds: [] }, /Choose the group by the id of a group/],
    [{ groupId: '00000000-0000-4000-8000-000000000000', roleIds: [] }, /has not been received from the identity provider/],
  ])('refuses %j with a sentence', async (body, message) => {
    const response = await save(body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(refusal(response.body)).toMatch(message);
  });

  it('is the owner’s', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    expect((await save({ groupId, roleIds: [] })).status).toBe(403);
  });
});
