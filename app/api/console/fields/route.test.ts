import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { callRoute, refusal } from '../test-requests';
import { GET as options } from './[id]/options/route';
import { GET as rederive } from './[id]/rederive/route';
import { DELETE, PATCH } from './[id]/route';
import { GET as exportCsv } from './export/route';
import { GET, POST } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

beforeAll(async () => {
  database.current = await createTestDatabase();
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

const register = (body: Record<string, unknown>) =>
  callRoute(POST, { method: 'POST', body: { label: 'Cost Center', type: 'list', scimPath: `${ENTERPRISE}:costCenter`, ...body } });
const fieldNamed = async (machineName: string) =>
  ((await callRoute(GET)).body.fields as { id: string; machineName: string }[]).find((field) => field.machineName === machineName)!;

describe('/api/console/fields', () => {
  it('lists the five built-in fields', async () => {
    const answer = await callRoute(GET);
    expect(answer.status).toBe(200);
    expect(answer.body.fields.map((field: { machineName: string }) => field.machineName)).toEqual([
      'email',
      'first_name',
      'last_name',
      'user_organizational_unit',
      'user_region',
    ]);
  });

  it.each([
    ['Cost-Center', 400, /^machineName: Start the machine name with a lowercase letter/],
    ['cost center', 400, /^machineName: Use lowercase letters, digits and underscores only/],
    ['email', 400, /built-in field/],
  ])('refuses the machine name %j', async (machineName, status, message) => {
    const answer = await register({ machineName });
    expect(answer.status).toBe(status);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('refuses an unknown SCIM path, naming it', async () => {
    const answer = await register({ machineName: 'bad_path', scimPath: 'name.nickname.value' });
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(/^scimPath: /);
  });

  it('registers a field once; a second registration of the machine name is a 409', async () => {
    const first = await register({ machineName: 'cost_center', samlClaim: '' });
    expect(first.status).toBe(201);
    expect(first.body.field).toMatchObject({ machineName: 'cost_center', samlClaim: null, isBuiltin: false });
    expect((await register({ machineName: 'cost_center' })).status).toBe(409);
  });

  it('edits the mapping and reports the re-derivation', async () => {
    const field = await fieldNamed('cost_center');
    const answer = await callRoute(PATCH, { method: 'PATCH', params: { id: field.id }, body: { scimPath: `${ENTERPRISE}:division` } });
    expect(answer.status).toBe(200);
    expect(answer.body.field.scimPath).toBe(`${ENTERPRISE}:division`);
    const job = await callRoute(rederive, { params: { id: field.id } });
    expect(job.status).toBe(200);
    expect(job.body).toHaveProperty('job');
    expect((await callRoute(options, { params: { id: field.id } })).body).toEqual({ options: [] });
  });

  it('deletes a registered field but never a built-in one', async () => {
    const builtin = await fieldNamed('email');
    const refused = await callRoute(DELETE, { method: 'DELETE', params: { id: builtin.id } });
    expect(refused.status).toBe(400);
    expect(refusal(refused.body)).toMatch(/built-in field and cannot be deleted/);

    const registered = await fieldNamed('cost_center');
    expect((await callRoute(DELETE, { method: 'DELETE', params: { id: registered.id } })).status).toBe(204);
    expect(await fieldNamed('cost_center')).toBeUndefined();
  });

  it('exports the claim and attribute table as a CSV attachment', async () => {
    const answer = await callRoute(exportCsv);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="roster-claims-and-attributes.csv"');
    const lines = (answer.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('Field,Machine name,Type,SCIM source path,SAML claim URI,Built-in');
    expect(lines).toContain(
      'Region,user_region,List,"addresses[type eq ""work""].region",http://schemas.xmlsoap.org/ws/2005/05/identity/claims/stateorprovince,yes',
    );
  });
});
