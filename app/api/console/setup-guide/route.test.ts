import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { GET as fieldsCsv } from '../fields/export/route';
import { GET as settings } from '../settings/route';
import { callRoute } from '../test-requests';
import { POST as createToken } from '../tokens/route';
import { GET as groupList } from './group-list/route';
import { GET as guide } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };

beforeAll(async () => {
  database.current = await createTestDatabase();
  vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
});
afterAll(() => database.current?.close());

describe('a success manager and the IdP setup guide', () => {
  it('reads the guide’s values and downloads its two tables', async () => {
    const response = await callRoute(guide);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ applicationDomain: null, fields: expect.arrayContaining([expect.objectContaining({ machineName: 'email' })]) });
    expect((await callRoute(fieldsCsv)).status).toBe(200);
    expect((await callRoute(groupList)).status).toBe(200);
  });

  it('still may not create tokens nor read the other settings (checked on the server)', async () => {
    expect((await callRoute(createToken, { method: 'POST', body: { name: 'Entra', expiry: { kind: 'days', days: 30 } } })).status).toBe(403);
    expect((await callRoute(settings)).status).toBe(403);
  });
});
