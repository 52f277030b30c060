import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import * as password from '@/lib/auth/password';
import { createSetupToken } from '@/lib/auth/setup-token';
import { POST } from './route';

const database = vi.hoisted(() => ({ current: undefined as OpenDatabase | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));
vi.mock('@/lib/auth/password', async (original) => {
  const actual = await original<typeof import('@/lib/auth/password')>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

beforeAll(async () => {
  database.current = await createTestDatabase();
});
afterAll(() => database.current?.close());

const context = { params: Promise.resolve({}) };
const setup = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request('http://roster.test/api/setup', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit), context);
const owner = (code: string) => JSON.stringify({ code, name: 'Olivia', email: 'olivia@example.com', password: 'a long enough password' });

/** An endless upload that counts what the server pulled from it. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('POST /api/setup', () => {
  it('checks the code before hashing the password: a wrong code costs no scrypt', async () => {
    await createSetupToken(database.current!.db, new Date());
    vi.mocked(password.hashPassword).mockClear();
    const response = await setup(owner('not-the-code'));
    expect(response.status).toBe(404);
    expect(password.hashPassword).not.toHaveBeenCalled();
  });

  it('answers 413 to an oversized body without reading it whole', async () => {
    const upload = endlessBody();
    const response = await setup(upload.stream);
    expect(response.status).toBe(413);
    expect(upload.pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a cross-site form post', async () => {
    const response = await setup(owner('x'), { 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' });
    expect(response.status).toBe(403);
  });

  it('is gone (404, body unread) once an owner exists', async () => {
    const token = await createSetupToken(database.current!.db, new Date());
    expect((await setup(owner(token!.code))).status).toBe(201);
    const upload = endlessBody();
    const response = await setup(upload.stream);
    expect(response.status).toBe(404);
    expect(upload.pulled()).toBeLessThanOrEqual(64 * 1024);
  });
});
