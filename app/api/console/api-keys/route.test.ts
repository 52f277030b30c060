import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/app/api/v1/test-api-client';
import type { OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { DAY_MS } from '@/lib/time/durations';
import { callRoute, refusal } from '../test-requests';
import { POST as revoke } from './[id]/revoke/route';
import { POST as rotate } from './[id]/rotate/route';
import { GET as list, POST as create } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };

beforeAll(async () => {
  database.current = await createTestDatabase();
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

const createKey = (body: unknown) => callRoute(create, { method: 'POST', body });
const auditOf = async (operation: string) =>
  database.current!.db.select().from(auditEvents).where(eq(auditEvents.operation, operation));

describe('API keys in the console', () => {
  it('creates a key whose secret is shown once and opens /api/v1; the list shows it without the secret; audited', async () => {
    const created = await createKey({ name: 'Billing backend', expiry: { kind: 'days', days: 90 } });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^roster_key_[A-Za-z0-9_-]{43}$/);
    expect(created.body.apiKey).toMatchObject({ name: 'Billing backend', createdBy: OWNER.email, status: 'active', prefix: created.body.secret.slice(0, 16) });

    expect((await createApiClient(created.body.secret)('/roles')).status).toBe(200);

    const listed = await callRoute(list);
    expect(listed.status).toBe(200);
    expect(listed.body.apiKeys.find((key: { id: string }) => key.id === created.body.apiKey.id)).toMatchObject({
      name: 'Billing backend',
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    const [event] = await auditOf('apikey.create');
    expect(event).toMatchObject({ actorType: 'console', actorName: OWNER.email, resourceId: created.body.apiKey.id, resourceName: 'Billing backend' });
    expect(JSON.stringify(event)).not.toContain(created.body.secret);
  });

  it.each([
    [{ name: ' ', expiry: { kind: 'days', days: 30 } }, /^name: Give the API key a name/i],
    [{ name: 'x', expiry: { kind: 'days', days: 366 } }, /^expiry: Tokens can last at most 365 days/i],
    [{ name: 'x', expiry: { kind: 'date', date: '2001-01-01' } }, /^expiry: The expiry must be in the future/i],
    [{ name: 'x' }, /^expiry: /i],
  ])('refuses %j with 400 naming the field', async (body, message) => {
    const answer = await createKey(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ code: 'bad_request', field: expect.any(String), message: expect.any(String) });
    expect(refusal(answer.body)).toMatch(message);
  });

  it('rotates: the new key works at once, the old one until the grace period ends; audited', async () => {
    const old = await createKey({ name: 'Reports', expiry: { kind: 'days', days: 200 } });
    const rotated = await callRoute(rotate, { method: 'POST', params: { id: old.body.apiKey.id }, body: { graceDays: 7 } });
    expect(rotated.status).toBe(201);
    expect(rotated.body.apiKey).toMatchObject({ name: 'Reports', rotatedFromId: old.body.apiKey.id });
    expect(rotated.body.secret).not.toBe(old.body.secret);
    expect((new Date(rotated.body.previous.expiresAt).getTime() - Date.now()) / DAY_MS).toBeCloseTo(7, 0);
    expect((await createApiClient(rotated.body.secret)('/roles')).status).toBe(200);
    expect((await createApiClient(old.body.secret)('/roles')).status).toBe(200);
    expect(await auditOf('apikey.rotate')).toEqual([expect.objectContaining({ resourceId: old.body.apiKey.id })]);

    const now = await callRoute(rotate, { method: 'POST', params: { id: rotated.body.apiKey.id }, body: { graceDays: 0 } });
    expect((await createApiClient(rotated.body.secret)('/roles')).status).toBe(401);
    expect((await createApiClient(now.body.secret)('/roles')).status).toBe(200);
  });

  it.each([[{ graceDays: -1 }, /^graceDays: The grace period cannot be negative/i], [{}, /^graceDays: Choose a grace period/i]])(
    'refuses the rotation body %j',
    async (body, message) => {
      const key = await createKey({ name: 'Bad rotation', expiry: { kind: 'days', days: 30 } });
      const answer = await callRoute(rotate, { method: 'POST', params: { id: key.body.apiKey.id }, body });
      expect(answer.status).toBe(400);
      expect(refusal(answer.body)).toMatch(message);
    },
  );

  it('revokes: the key is refused at once, a revoked key cannot be rotated, an unknown id is 404; audited', async () => {
    const key = await createKey({ name: 'Old app', expiry: { kind: 'days', days: 30 } });
    const revoked = await callRoute(revoke, { method: 'POST', params: { id: key.body.apiKey.id } });
    expect(revoked.status).toBe(200);
    expect(revoked.body.apiKey).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((await createApiClient(key.body.secret)('/roles')).status).toBe(401);
    expect(await auditOf('apikey.revoke')).toEqual([expect.objectContaining({ resourceId: key.body.apiKey.id })]);

    const again = await callRoute(rotate, { method: 'POST', params: { id: key.body.apiKey.id }, body: { graceDays: 1 } });
    expect(again.status).toBe(409);
    const missing = await callRoute(revoke, { method: 'POST', params: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(missing.status).toBe(404);
  });

  it('refuses a success manager every action with 403', async () => {
    const key = await createKey({ name: 'Kept', expiry: { kind: 'days', days: 30 } });
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    expect((await callRoute(list)).status).toBe(403);
    expect((await createKey({ name: 'x', expiry: { kind: 'days', days: 30 } })).status).toBe(403);
    expect((await callRoute(rotate, { method: 'POST', params: { id: key.body.apiKey.id }, body: { graceDays: 1 } })).status).toBe(403);
    expect((await callRoute(revoke, { method: 'POST', params: { id: key.body.apiKey.id } })).status).toBe(403);
  });

  it('refuses an anonymous caller with 401', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(null);
    expect((await callRoute(list)).status).toBe(401);
  });
});
