import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { callRoute, refusal } from '../test-requests';
import { GET, PATCH } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };

beforeAll(async () => {
  database.current = await createTestDatabase();
});
afterAll(() => database.current?.close());
beforeEach(() => vi.mocked(getConsoleSession).mockResolvedValue(OWNER));

const patch = (body: unknown) => callRoute(PATCH, { method: 'PATCH', body });

describe('/api/console/settings', () => {
  it('reads the defaults', async () => {
    const answer = await callRoute(GET);
    expect(answer.status).toBe(200);
    expect(answer.body.settings).toMatchObject({ deleteMode: 'delete', tokenExpiryDefaultDays: 180, tokenExpiryMaxDays: 365 });
  });

  it.each([
    [{ applicationDomain: 'https://acme.example.com' }, 'applicationDomain: Enter the domain without "https://": for example acme.example.com.'],
    [{ applicationDomain: 'acme.example.com/scim/v2' }, 'applicationDomain: Enter the domain without a path: for example acme.example.com.'],
    [{ deleteMode: 'archive' }, 'deleteMode: Choose what a DELETE from the identity provider does.'],
    [{ tokenExpiryDefaultDays: 400 }, /^tokenExpiryDefaultDays: The default expiry \(400 days\) cannot be longer than the maximum \(365 days\)/],
    [{ userConfigurationSavedAt: '2025-01-01T00:00:00Z' }, /userConfigurationSavedAt/],
    [{}, /Send at least one setting to change/],
  ])('refuses %j with 400 and changes nothing', async (body, message) => {
    const before = (await callRoute(GET)).body;
    const answer = await patch(body);
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect((await callRoute(GET)).body).toEqual(before);
  });

  it('saves the user configuration with its save time, and a normalised domain', async () => {
    const answer = await patch({ deleteMode: 'deactivate', applyUserNameChanges: false, applicationDomain: ' Acme.Example.com ' });
    expect(answer.status).toBe(200);
    expect(answer.body.settings).toMatchObject({
      deleteMode: 'deactivate',
      applyUserNameChanges: false,
      applicationDomain: 'acme.example.com',
      userConfigurationSavedAt: expect.any(String),
    });
    expect((await callRoute(GET)).body.settings).toEqual(answer.body.settings);
  });

  it('refuses a success manager', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue({ ...OWNER, role: 'success_manager' });
    expect((await patch({ deleteMode: 'delete' })).status).toBe(403);
  });
});
