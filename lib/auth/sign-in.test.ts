import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { MAX_CONCURRENT_HASHES, withHashSlot } from './hash-slots';
import { insertConsoleUser } from './insert-console-user';
import { LOGIN_THROTTLE } from './login-throttle';
import * as password from './password';
import { signIn } from './sign-in';
import { SIGN_IN_BLOCKED, SIGN_IN_BUSY } from '@/lib/contracts/auth';
import { gateSignIn } from './sign-in-gate';

vi.mock('./password', async (original) => {
  const actual = await original<typeof import('./password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const PASSWORD = 'correct horse battery';
let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const passwordHash = await password.hashPassword(PASSWORD);
  for (const email of ['owner@example.com', 'other@example.com', 'audited@example.com']) {
    await insertConsoleUser(database.db, { email, name: '', role: 'owner', passwordHash, createdAt: new Date() });
  }
});
afterAll(() => database.close());

const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1) + seconds * 1000);
const attempt = (email: string, secret: string, clientAddress: string, now: Date) =>
  signIn(database.db, { credentials: { email, password: secret }, clientAddress, now });
const loginEvents = (email: string) =>
  queryRows<{ outcome: string; client_address: string; resource_name: string; error: string | null; detail: unknown; changes: unknown }>(
    database.db,
    sql`select * from audit_events where operation = 'console.login' and resource_name = ${email} order by id`,
  );

// Every refused attempt before a block costs a real scrypt (on purpose), a second or more on a busy machine.
const SCRYPT_HEAVY = { timeout: 180_000 };

describe('console sign-in', SCRYPT_HEAVY, () => {
  it('blocks an account after repeated wrong passwords, from any address, and then refuses even the right one without hashing', async () => {
    for (let n = 0; n < 30; n += 1) expect(await attempt('owner@example.com', `wrong-${n}`, `198.51.100.${n}`, at(n))).toBeNull();
    vi.mocked(password.verifyPassword).mockClear();
    expect(await attempt('owner@example.com', PASSWORD, '198.51.100.200', at(31))).toBeNull();
    expect(password.verifyPassword).not.toHaveBeenCalled();
    // After the block, the right password works again.
    expect(await attempt('owner@example.com', PASSWORD, '198.51.100.200', at(31 + LOGIN_THROTTLE.blockSeconds))).toMatchObject({ email: 'owner@example.com' });
  });

  it('blocks an address that tries many accounts', async () => {
    for (let n = 0; n <= LOGIN_THROTTLE.maxRefusals; n += 1) await attempt(`nobody-${n}@example.com`, 'guess', '203.0.113.66', at(n));
    vi.mocked(password.verifyPassword).mockClear();
    expect(await attempt('other@example.com', PASSWORD, '203.0.113.66', at(20))).toBeNull();
    expect(password.verifyPassword).not.toHaveBeenCalled();
    expect(await attempt('other@example.com', PASSWORD, '203.0.113.67', at(20))).toMatchObject({ email: 'other@example.com' });
  });

  it('audits success and failure with email, address and outcome, never the password', async () => {
    await attempt('audited@example.com', 'not-the-password-xyz', '192.0.2.10', at(0));
    await attempt('Audited@Example.com', PASSWORD, '192.0.2.11', at(1));
    const events = await loginEvents('audited@example.com');
    expect(events).toMatchObject([
      { outcome: 'failure', client_address: '192.0.2.10', error: 'Wrong email or password.' },
      { outcome: 'success', client_address: '192.0.2.11' },
    ]);
    expect(JSON.stringify(events)).not.toContain('not-the-password-xyz');
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });
});

describe('the sign-in gate in front of next-auth', SCRYPT_HEAVY, () => {
  const signInRequest = (email: string, address: string, body?: string) =>
    new Request('http://roster.test/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
      body: body ?? new URLSearchParams({ email, password: 'whatever', csrfToken: 'x' }).toString(),
    });
  const answered = vi.fn(async () => new Response('{}', { status: 200 }));

  it('answers a blocked address 429 with Retry-After before next-auth (and its hash) runs', async () => {
    for (let n = 0; n <= LOGIN_THROTTLE.maxRefusals; n += 1) await attempt(`x${n}@example.com`, 'guess', '203.0.113.90', new Date());
    answered.mockClear();
    const response = await gateSignIn(database.db, signInRequest('other@example.com', '203.0.113.90'), answered);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await response.json()).url).toContain(`error=${SIGN_IN_BLOCKED}`);
    expect(answered).not.toHaveBeenCalled();
  });

  it('answers 429 at once when every password-hash slot is taken', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: MAX_CONCURRENT_HASHES }, () => withHashSlot(() => held));
    const response = await gateSignIn(database.db, signInRequest('other@example.com', '203.0.113.91'), answered);
    expect(response.status).toBe(429);
    expect((await response.json()).url).toContain(`error=${SIGN_IN_BUSY}`);
    release();
    await Promise.all(holders);
    expect((await gateSignIn(database.db, signInRequest('other@example.com', '203.0.113.91'), answered)).status).toBe(200);
  });

  it('refuses an oversized sign-in body with 413', async () => {
    const response = await gateSignIn(database.db, signInRequest('a@example.com', '203.0.113.92', `email=${'a'.repeat(20_000)}`), answered).catch((error: unknown) => error);
    expect(response).toMatchObject({ status: 413 });
  });
});
