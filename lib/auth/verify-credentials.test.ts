import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '@/db/database';
import { auditEvents, consoleUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { DomainError } from '@/lib/errors/domain-error';
import { createConsoleUser } from './create-console-user';
import { verifyCredentials } from './verify-credentials';

let database: OpenDatabase;
const now = new Date('2030-02-01T09:00:00Z');
const manager = { email: 'Sam.Success@Example.com', name: 'Sam', role: 'success_manager' as const, password: 'manager password 1' };

beforeAll(async () => {
  database = await createTestDatabase();
  await createConsoleUser(database.db, manager, { type: 'system', name: 'test' }, now);
});

afterAll(async () => {
  await database.close();
});

describe('checking console credentials', () => {
  it('accepts the right password, whatever the email case, and records the login time', async () => {
    const actor = await verifyCredentials(database.db, { email: ' SAM.success@example.COM ', password: manager.password }, now);
    expect(actor).toEqual({ id: expect.any(String), email: 'sam.success@example.com', name: 'Sam', role: 'success_manager' });

    const [row] = await database.db.select().from(consoleUsers).where(eq(consoleUsers.email, 'sam.success@example.com'));
    expect(row.lastLoginAt).toEqual(now);
  });

  it.each([
    ['a wrong password', manager.email, 'manager password 2'],
    ['an unknown email', 'nobody@example.com', manager.password],
    ['an empty password', manager.email, ''],
  ])('refuses %s the same way', async (_, email, password) => {
    expect(await verifyCredentials(database.db, { email, password }, now)).toBeNull();
  });
});

describe('creating console users', () => {
  it('audits the creation with the acting CLI and the new role', async () => {
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.operation, 'console.user.create'));
    expect(events).toMatchObject([{ outcome: 'success', actorType: 'system', actorName: 'test', resourceName: 'sam.success@example.com' }]);
    expect(events[0].changes).toContainEqual({ field: 'role', old: null, new: 'success_manager' });
  });

  it('refuses an email that is taken, compared case-insensitively', async () => {
    const attempt = createConsoleUser(database.db, { ...manager, email: 'SAM.SUCCESS@example.com' }, { type: 'system' }, now);
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict' });
  });

  it.each([
    ['a short password', { password: 'short' }, 'password', /Use at least 12 characters/],
    ['an invalid email', { email: 'not-an-email' }, 'email', /Enter a valid email address/],
    ['an unknown role', { role: 'admin' }, 'role', /Must be "owner" or "success_manager"/],
  ])('refuses %s before touching the database', async (_, change, field, message) => {
    const attempt = createConsoleUser(database.db, { ...manager, email: 'new@example.com', ...change } as typeof manager, { type: 'system' }, now);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ kind: 'invalid_input', field });
  });
});
