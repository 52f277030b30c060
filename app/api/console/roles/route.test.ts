import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { groupMembers, scimGroups, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { DELETE as deleteMapping } from '../group-mappings/[id]/route';
import { POST as preview } from '../group-mappings/preview/route';
import { GET as listMappings, POST as createMapping } from '../group-mappings/route';
import { callRoute, refusal } from '../test-requests';
import { DELETE, PATCH } from './[id]/route';
import { GET, POST } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
const id = (n: number) => `0191d4a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const SALES = id(1);
const MEMBERS = 14;

beforeAll(async () => {
  database.current = await createTestDatabase();
  const { db } = database.current;
  await db.insert(scimUsers).values(Array.from({ length: MEMBERS }, (_, n) => ({ id: id(100 + n), userName: `u${n}@contoso.example`, document: {} })));
  await db.insert(scimGroups).values({ id: SALES, displayName: 'Sales', document: {} });
  await db.insert(groupMembers).values(Array.from({ length: MEMBERS }, (_, n) => ({ groupId: SALES, userId: id(100 + n) })));
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

const createRole = (body: unknown) => callRoute(POST, { method: 'POST', body });

describe('/api/console/roles and /api/console/group-mappings', () => {
  it.each([
    ['a blank name', { name: '  ' }, /^name: Enter a role name/],
    ['a name over 80 characters', { name: 'x'.repeat(81) }, /^name: Keep the role name to 80/],
    ['a description over 500 characters', { name: 'Long', description: 'x'.repeat(501) }, /^description: /],
  ])('refuses %s with a 400 naming the field', async (_case, body, message) => {
    const answer = await createRole(body);
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('creates, renames and describes a role; a second role of the same name in another case is a 409', async () => {
    const created = await createRole({ name: 'Viewer' });
    expect(created.status).toBe(201);
    expect(created.body.role).toMatchObject({ name: 'Viewer', description: '' });
    expect((await createRole({ name: 'VIEWER' })).status).toBe(409);

    const renamed = await callRoute(PATCH, { method: 'PATCH', params: { id: created.body.role.id }, body: { name: 'Reader', description: 'Reads' } });
    expect(renamed.body.role).toMatchObject({ name: 'Reader', description: 'Reads' });
    expect((await callRoute(PATCH, { method: 'PATCH', params: { id: created.body.role.id }, body: {} })).status).toBe(400);
    expect((await callRoute(PATCH, { method: 'PATCH', params: { id: 'nope' }, body: { name: 'x' } })).status).toBe(400);
  });

  it('previews a mapping change, saves it, and reports what deleting the mapped role affects', async () => {
    const role = (await createRole({ name: 'Owner' })).body.role;
    const change = { add: [{ roleId: role.id, groupId: SALES }] };
    const previewed = await callRoute(preview, { method: 'POST', body: change });
    expect(previewed).toMatchObject({ status: 200, body: { gains: [{ roleName: 'Owner', userCount: MEMBERS }], losses: [] } });

    const mapped = await callRoute(createMapping, { method: 'POST', body: change.add[0] });
    expect(mapped.status).toBe(201);
    expect(mapped.body.mapping).toMatchObject({ groupDisplayName: 'Sales', memberCount: MEMBERS, isPending: false });

    const removal = await callRoute(preview, { method: 'POST', body: { remove: [mapped.body.mapping.id] } });
    expect(removal.body).toEqual({ gains: [], losses: [{ roleId: role.id, roleName: 'Owner', userCount: MEMBERS }], pendingNames: [] });

    const roles = (await callRoute(GET)).body.roles as { name: string; userCount: number; mappingCount: number }[];
    expect(roles.find((entry) => entry.name === 'Owner')).toMatchObject({ userCount: MEMBERS, mappingCount: 1 });

    const deleted = await callRoute(DELETE, { method: 'DELETE', params: { id: role.id } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ usersLosingRole: MEMBERS, mappings: [{ groupDisplayName: 'Sales' }] });
    expect((await callRoute(listMappings, { search: `?roleId=${role.id}` })).body).toEqual({ mappings: [] });
  });

  it('pre-maps a group by display name and removes the mapping again', async () => {
    const role = (await createRole({ name: 'Auditor' })).body.role;
    const pending = await callRoute(createMapping, { method: 'POST', body: { roleId: role.id, groupDisplayName: 'Finance' } });
    expect(pending.body.mapping).toMatchObject({ groupId: null, groupDisplayName: 'Finance', isPending: true });
    expect((await callRoute(deleteMapping, { method: 'DELETE', params: { id: pending.body.mapping.id } })).status).toBe(200);
    expect((await callRoute(deleteMapping, { method: 'DELETE', params: { id: pending.body.mapping.id } })).status).toBe(404);
  });

  it.each([
    ['neither a group id nor a name', { roleId: id(9) }, /either groupId .* or groupDisplayName/],
    ['both a group id and a name', { roleId: id(9), groupId: SALES, groupDisplayName: 'Sales' }, /not both/],
    ['a role id that is not a UUID', { roleId: 'viewer', groupId: SALES }, /^roleId: /],
  ])('refuses a mapping with %s', async (_case, body, message) => {
    const answer = await callRoute(createMapping, { method: 'POST', body });
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('refuses an empty change to preview', async () => {
    const answer = await callRoute(preview, { method: 'POST', body: { add: [], remove: [] } });
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(/The change is empty/);
  });

  it.each([
    ['GET /roles', () => callRoute(GET)],
    ['POST /roles', () => createRole({ name: 'Sneaky' })],
    ['GET /group-mappings', () => callRoute(listMappings)],
    ['POST /group-mappings/preview', () => callRoute(preview, { method: 'POST', body: { remove: [id(5)] } })],
  ])('refuses a success manager on %s (403)', async (_case, call) => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    const answer = await call();
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
  });
});
