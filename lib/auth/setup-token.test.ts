import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '@/db/database';
import { auditEvents, consoleUsers, setupTokens } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { DomainError } from '@/lib/errors/domain-error';
import { createOwner } from './create-owner';
import { issueSetupLink } from './issue-setup-link';
import { checkSetupToken, createSetupToken, SETUP_TOKEN_LIFETIME_MS } from './setup-token';
import { verifyPassword } from './password';

let database: OpenDatabase;
const start = new Date('2030-01-01T10:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);
const owner = { name: 'Olivia Owner', email: 'olivia@example.com', password: 'a long enough password' };

async function refusal(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return { kind: (error as DomainError).kind, message: (error as DomainError).message };
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

beforeEach(async () => {
  await database.db.delete(consoleUsers);
  await database.db.delete(setupTokens);
  await database.db.delete(auditEvents);
});

describe('the one-time setup link', () => {
  it('is printed as a link under the console URL and stores only a hash of its code', async () => {
    const link = await issueSetupLink(database.db, 'http://roster.example.com/', start);
    const code = link?.url.split('/setup/')[1] ?? '';
    expect(link?.url).toMatch(/^http:\/\/roster\.example\.com\/setup\/[\w-]{32}$/);
    expect(link?.expiresAt).toEqual(later(SETUP_TOKEN_LIFETIME_MS));

    const [stored] = await database.db.select().from(setupTokens);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(code);
  });

  it('creates the owner once, signs nothing else up, and audits it', async () => {
    const { code } = (await createSetupToken(database.db, start))!;
    expect(await checkSetupToken(database.db, code, start)).toBe('valid');

    const created = await createOwner(database.db, { code, ...owner }, later(60_000));
    expect(created).toMatchObject({ email: owner.email, name: owner.name, role: 'owner' });

    const [row] = await database.db.select().from(consoleUsers);
    expect(row.role).toBe('owner');
    expect(await verifyPassword(owner.password, row.passwordHash)).toBe(true);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.operation, 'console.owner.setup'));
    expect(events).toMatchObject([{ outcome: 'success', actorType: 'console', actorId: created.id, resourceId: created.id }]);
  });

  it('is refused when reused: the endpoint is gone (404) once the owner exists, without an audit row per attempt', async () => {
    const { code } = (await createSetupToken(database.db, start))!;
    await createOwner(database.db, { code, ...owner }, start);

    expect(await checkSetupToken(database.db, code, start)).toBe('owner_exists');
    expect(await refusal(createOwner(database.db, { code, ...owner, email: 'second@example.com' }, start))).toEqual({
      kind: 'not_found',
      message: expect.stringContaining('already has an owner'),
    });
    expect(await database.db.select().from(consoleUsers)).toHaveLength(1);
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.outcome, 'failure'))).toEqual([]);
  });

  it('is refused once expired, and an hour is the limit', async () => {
    const { code } = (await createSetupToken(database.db, start))!;
    expect(await checkSetupToken(database.db, code, later(SETUP_TOKEN_LIFETIME_MS - 1))).toBe('valid');
    expect(await checkSetupToken(database.db, code, later(SETUP_TOKEN_LIFETIME_MS))).toBe('expired');

    expect(await refusal(createOwner(database.db, { code, ...owner }, later(SETUP_TOKEN_LIFETIME_MS + 1)))).toEqual({
      kind: 'conflict',
      message: expect.stringContaining('expired'),
    });
    expect(await database.db.select().from(consoleUsers)).toHaveLength(0);
  });

  it('is refused once an owner exists, even a code that was never used', async () => {
    const first = (await createSetupToken(database.db, start))!;
    const second = (await createSetupToken(database.db, start))!;
    await createOwner(database.db, { code: first.code, ...owner }, start);

    expect(await checkSetupToken(database.db, second.code, start)).toBe('owner_exists');
    expect((await refusal(createOwner(database.db, { code: second.code, ...owner, email: 'x@example.com' }, start))).kind).toBe('not_found');
    expect(await createSetupToken(database.db, start)).toBeNull();
    expect(await issueSetupLink(database.db, 'http://localhost:3000', start)).toBeNull();
  });

  it('is refused when the code is unknown', async () => {
    await createSetupToken(database.db, start);
    expect(await checkSetupToken(database.db, 'not-a-code', start)).toBe('unknown');
    expect((await refusal(createOwner(database.db, { code: 'not-a-code', ...owner }, start))).kind).toBe('not_found');
  });

  it('is marked used when it created the owner, so it stays refused', async () => {
    const { code } = (await createSetupToken(database.db, start))!;
    await createOwner(database.db, { code, ...owner }, start);
    await database.db.delete(consoleUsers);

    expect(await checkSetupToken(database.db, code, start)).toBe('used');
    expect((await refusal(createOwner(database.db, { code, ...owner }, start))).message).toContain('already been used');
  });

  it('creates exactly one owner when the same code is submitted twice at once', async () => {
    const { code } = (await createSetupToken(database.db, start))!;
    const results = await Promise.allSettled([
      createOwner(database.db, { code, ...owner }, start),
      createOwner(database.db, { code, ...owner, email: 'twin@example.com' }, start),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await database.db.select().from(consoleUsers)).toHaveLength(1);
  });
});
