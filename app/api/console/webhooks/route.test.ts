import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { callRoute, refusal } from '../test-requests';
import { GET as deliveries } from './[id]/deliveries/route';
import { POST as redeliver } from './[id]/deliveries/[deliveryId]/redeliver/route';
import { DELETE as remove, PATCH as update } from './[id]/route';
import { POST as sendTest } from './[id]/test/route';
import { GET as list, POST as create } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
const SOME_ID = '0191d4a0-0000-7000-8000-000000000009';

beforeAll(async () => {
  database.current = await createTestDatabase();
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

describe('/api/console/webhooks', () => {
  it('lets the owner register an endpoint (secret shown once), list, update and delete it', async () => {
    const made = await callRoute(create, { method: 'POST', body: { url: 'https://hooks.example.com/roster', eventTypes: ['user.created', 'user.created'] } });
    expect(made.status).toBe(201);
    expect(made.body.secret).toMatch(/^whsec_/);
    expect(made.body.endpoint).toMatchObject({ url: 'https://hooks.example.com/roster', eventTypes: ['user.created'], enabled: true });
    const listed = await callRoute(list);
    expect(listed.body.endpoints).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(made.body.secret);

    const id = made.body.endpoint.id;
    const disabled = await callRoute(update, { method: 'PATCH', params: { id }, body: { enabled: false } });
    expect(disabled.body.endpoint).toMatchObject({ enabled: false, disabledReason: 'Disabled by olivia@example.com' });
    expect((await callRoute(deliveries, { params: { id } })).body).toEqual({ deliveries: [] });
    expect((await callRoute(remove, { method: 'DELETE', params: { id } })).status).toBe(204);
    expect((await callRoute(deliveries, { params: { id } })).status).toBe(404);
  });

  it.each([
    ['an unknown event type', { url: 'https://hooks.example.com/', eventTypes: ['user.exploded'] }, /^eventTypes\.0: Unknown event type/],
    ['a loopback URL', { url: 'http://127.0.0.1:9000/' }, /forbidden address/],
    ['an empty URL', { url: '' }, /^url: Enter the URL/i],
  ])('refuses %s with 400 and stores nothing', async (_, body, message) => {
    const refused = await callRoute(create, { method: 'POST', body });
    expect(refused.status).toBe(400);
    expect(refusal(refused.body)).toMatch(message);
    expect((await callRoute(list)).body.endpoints).toEqual([]);
  });

  it('answers 404 for an unknown endpoint or delivery', async () => {
    expect((await callRoute(sendTest, { method: 'POST', params: { id: SOME_ID } })).status).toBe(404);
    expect((await callRoute(redeliver, { method: 'POST', params: { id: SOME_ID, deliveryId: SOME_ID } })).status).toBe(404);
  });

  it('refuses success managers on every webhook route (403)', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    const replies = await Promise.all([
      callRoute(list),
      callRoute(create, { method: 'POST', body: { url: 'https://hooks.example.com/' } }),
      callRoute(update, { method: 'PATCH', params: { id: SOME_ID }, body: { enabled: false } }),
      callRoute(remove, { method: 'DELETE', params: { id: SOME_ID } }),
      callRoute(deliveries, { params: { id: SOME_ID } }),
      callRoute(sendTest, { method: 'POST', params: { id: SOME_ID } }),
      callRoute(redeliver, { method: 'POST', params: { id: SOME_ID, deliveryId: SOME_ID } }),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
  });
});
