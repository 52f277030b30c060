import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { AuditGroupCommit } from './audit-group-commit';
import type { AuditEventInput } from './record-audit-event';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const read = (resourceId: string): AuditEventInput => ({
  operation: 'user.read',
  outcome: 'success',
  actor: { type: 'token', id: 't1', name: 'Entra' },
  method: 'GET',
  path: `/scim/v2/Users/${resourceId}`,
  status: 200,
  resourceType: 'User',
  resourceId,
});

/** The database handle, counting the INSERT statements built on it. */
function countingInserts(db: Database): { db: Database; inserts: () => number } {
  let inserts = 0;
  const counted = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'insert') inserts += 1;
      return Reflect.get(target, property, receiver);
    },
  });
  return { db: counted, inserts: () => inserts };
}

const stored = (prefix: string) => database.db.select().from(auditEvents).where(like(auditEvents.resourceId, `${prefix}%`));

describe('AuditGroupCommit', () => {
  it('writes an event alone when nothing else is waiting, and settles only once the row is stored', async () => {
    const counting = countingInserts(database.db);
    const groupCommit = new AuditGroupCommit(counting.db);
    await groupCommit.record(read('alone-1'));
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, 'alone-1'))).toHaveLength(1);
    expect(counting.inserts()).toBe(1);
  });

  it('writes concurrent events in fewer statements than events, losing none', async () => {
    const counting = countingInserts(database.db);
    const groupCommit = new AuditGroupCommit(counting.db);
    await Promise.all(Array.from({ length: 50 }, (_, index) => groupCommit.record(read(`together-${index}`))));
    expect(await stored('together-')).toHaveLength(50);
    expect(counting.inserts()).toBeLessThanOrEqual(2);
  });

  it('fails only the caller whose event cannot be stored; the rest of its batch is written', async () => {
    const groupCommit = new AuditGroupCommit(database.db);
    const results = await Promise.allSettled([
      groupCommit.record(read('mixed-first')),
      groupCommit.record(read('mixed-ok-1')),
      groupCommit.record({ ...read('mixed-bad'), occurredAt: new Date(Number.NaN) }),
      groupCommit.record(read('mixed-ok-2')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((await stored('mixed-')).map((row) => row.resourceId).sort()).toEqual(['mixed-first', 'mixed-ok-1', 'mixed-ok-2']);
  });

  it('refuses an operation outside the closed list before queueing it', async () => {
    const groupCommit = new AuditGroupCommit(database.db);
    expect(() => groupCommit.record({ ...read('unknown-operation'), operation: 'user.teleport' as never })).toThrow(/not an audit operation/);
    expect(await stored('unknown-operation')).toEqual([]);
  });
});
