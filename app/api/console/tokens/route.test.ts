import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { DAY_MS } from '@/lib/time/durations';
import { callRoute, refusal } from '../test-requests';
import { POST as expire } from './[id]/expire/route';
import { POST as rotate } from './[id]/rotate/route';
import { GET as banner } from './banner/route';
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

const createToken = (body: unknown) => callRoute(create, { method: 'POST', body });

describe('POST /api/console/tokens', () => {
  it.each([
    [{ name: 'Entra', expiry: { kind: 'days', days: 366 } }, /^expiry: Tokens can last at most 365 days/],
    [{ name: 'Entra', expiry: { kind: 'date', date: '2999-01-01' } }, /^expiry: Tokens can last at most 365 days/],
    [{ name: 'Entra', expiry: { kind: 'date', date: '2001-01-01' } }, /^expiry: The expiry must be in the future/],
    [{ name: ' ', expiry: { kind: 'days', days: 30 } }, /^name: Give the token a name/],
    [{ name: 'Entra', expiry: { kind: 'days', days: 0 } }, /^expiry\.days: A token must last at least 1 day/],
  ])('refuses %j with 400 and a message naming the field', async (body, message) => {
    const response = await createToken(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({ code: 'bad_request', field: expect.any(String), message: expect.any(String) });
    expect(refusal(response.body)).toMatch(message);
  });

  it('returns the secret once; the list shows the token without it', async () => {
    const created = await createToken({ name: 'Entra production', expiry: { kind: 'days', days: 90 } });
    expect(created.status).toBe(201);
    expect(created.body.secret).toEqual(expect.any(String));
    expect(created.body.token).toMatchObject({ name: 'Entra production', createdBy: OWNER.email, status: 'active' });

    const listed = await callRoute(list);
    expect(listed.status).toBe(200);
    const token = listed.body.tokens.find((candidate: { id: string }) => candidate.id === created.body.token.id);
    expect(token).toMatchObject({ name: 'Entra production', lastUsedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
  });

  it('refuses a success manager', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    expect((await createToken({ name: 'x', expiry: { kind: 'days', days: 30 } })).status).toBe(403);
    expect((await callRoute(list)).status).toBe(403);
  });
});

describe('expire, rotate and the banner', () => {
  it('warns when the only usable token runs out within 14 days, for both roles', async () => {
    const tokens = (await callRoute(list)).body.tokens as { id: string }[];
    for (const token of tokens) await callRoute(expire, { method: 'POST', params: { id: token.id } });
    const soon = await createToken({ name: 'Last one', expiry: { kind: 'days', days: 10 } });

    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    const answer = await callRoute(banner);
    expect(answer.status).toBe(200);
    expect(answer.body.expiringToken).toMatchObject({ id: soon.body.token.id, name: 'Last one', daysLeft: 10 });
  });

  it('rotates with a grace period, keeping the old token beside the new one', async () => {
    const old = await createToken({ name: 'Okta', expiry: { kind: 'days', days: 200 } });
    const rotated = await callRoute(rotate, { method: 'POST', params: { id: old.body.token.id }, body: { graceDays: 7 } });
    expect(rotated.status).toBe(201);
    expect(rotated.body.secret).toEqual(expect.any(String));
    expect(rotated.body.token.id).not.toBe(old.body.token.id);
    const graceMs = new Date(rotated.body.previous.expiresAt).getTime() - Date.now();
    expect(graceMs / DAY_MS).toBeCloseTo(7, 0);
  });

  it.each([
    [{ graceDays: -1 }, /^graceDays: The grace period cannot be negative/],
    [{ graceDays: 91 }, /^graceDays: The grace period can be at most 90 days/],
    [{}, /^graceDays: Choose a grace period/],
  ])('refuses the rotation body %j', async (body, message) => {
    const old = await createToken({ name: 'Bad rotation', expiry: { kind: 'days', days: 30 } });
    const answer = await callRoute(rotate, { method: 'POST', params: { id: old.body.token.id }, body });
    expect(answer.status).toBe(400);
    expect(refusal(answer.body)).toMatch(message);
  });

  it('expires a token now, and answers 404 for an unknown id', async () => {
    const token = await createToken({ name: 'Short-lived', expiry: { kind: 'days', days: 30 } });
    const expired = await callRoute(expire, { method: 'POST', params: { id: token.body.token.id } });
    expect(expired.status).toBe(200);
    expect(expired.body.token).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });

    const missing = await callRoute(expire, { method: 'POST', params: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(missing.status).toBe(404);
  });
});
