import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { pruneAuditEvents } from './prune-audit-events';
import { DAY_MS } from '@/lib/time/durations';

let database: OpenDatabase;
const now = new Date('2030-06-01T00:00:00Z');

async function seed(ageInDays: number[]): Promise<void> {
  await database.db.insert(auditEvents).values(
    ageInDays.map((age, index) => ({ operation: 'user.read', outcome: 'success' as const, actorType: 'token' as const, resourceId: `age-${age}-${index}`, occurredAt: new Date(now.getTime() - age * DAY_MS) })),
  );
}

const count = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_events where operation = 'user.read'`))[0].n;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('pruneAuditEvents', () => {
  it('deletes events older than the retention, across several batches, and records the pruning', async () => {
    await seed([...Array.from({ length: 12_000 }, () => 91), 90, 89, 1]);
    expect(await pruneAuditEvents(database.db, now, 90)).toBe(12_000);
    expect(await count()).toBe(3);

    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.operation, 'audit.prune'));
    expect(event).toMatchObject({ actorType: 'system', outcome: 'success', detail: { deleted: 12_000, retentionDays: 90 } });
  });

  it('deletes nothing and records nothing when all events are young', async () => {
    const before = (await database.db.select().from(auditEvents)).length;
    expect(await pruneAuditEvents(database.db, now, 365)).toBe(0);
    expect(await database.db.select().from(auditEvents)).toHaveLength(before);
  });

  it('refuses a retention under one day', async () => {
    await expect(pruneAuditEvents(database.db, now, 0)).rejects.toThrow(/at least 1 day/);
  });
});
