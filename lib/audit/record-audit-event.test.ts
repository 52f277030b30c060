import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { generateTokenSecret } from '@/lib/tokens/token-secret';
import { AUDIT_OPERATIONS, type AuditOperation } from '@/lib/contracts/audit-operations';
import { recordAuditEvent, type AuditEventInput } from './record-audit-event';

let database: OpenDatabase;
const base: AuditEventInput = { operation: 'user.update', outcome: 'success', actor: { type: 'token', id: 't1', name: 'Entra' } };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const byResource = (resourceId: string) => database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, resourceId));

describe('recordAuditEvent', () => {
  it('stores every field of the event', async () => {
    const occurredAt = new Date('2030-01-02T03:04:05.678Z');
    await recordAuditEvent(database.db, {
      ...base,
      tokenId: '0191a0c4-0000-7000-8000-000000000001',
      clientAddress: '203.0.113.9',
      method: 'PATCH',
      path: '/scim/v2/Users/u-full',
      status: 200,
      durationMs: 12.6,
      resourceType: 'User',
      resourceId: 'u-full',
      resourceName: 'ann@example.com',
      changes: [{ field: 'title', old: 'A', new: 'B' }],
      detail: { scimType: null, operations: 1 },
      occurredAt,
    });
    expect(await byResource('u-full')).toEqual([
      expect.objectContaining({
        operation: 'user.update',
        outcome: 'success',
        actorType: 'token',
        actorId: 't1',
        actorName: 'Entra',
        tokenId: '0191a0c4-0000-7000-8000-000000000001',
        clientAddress: '203.0.113.9',
        method: 'PATCH',
        status: 200,
        durationMs: 13,
        resourceName: 'ann@example.com',
        changes: [{ field: 'title', old: 'A', new: 'B' }],
        detail: { scimType: null, operations: 1 },
        occurredAt,
      }),
    ]);
  });

  it('never stores a secret, at any depth of detail or changes, nor in the error or path', async () => {
    const secret = generateTokenSecret();
    await recordAuditEvent(database.db, {
      ...base,
      operation: 'auth.refused',
      outcome: 'failure',
      resourceId: 'leak-check',
      path: `/scim/v2/Users?access_token=${secret}`,
      error: `The bearer token ${secret} is not known`,
      detail: { headers: { authorization: `Bearer ${secret}` }, body: { a: [{ b: { c: secret, password: 'hunter22' } }] } },
      changes: [{ field: 'password', old: null, new: 'hunter22' }, { field: 'nickName', old: null, new: { note: secret } }],
    });
    const stored = JSON.stringify(await queryRows(database.db, sql`select * from audit_events where resource_id = 'leak-check'`));
    for (const leaked of [secret, secret.slice('roster_'.length), 'hunter22']) expect(stored).not.toContain(leaked);
    expect(stored).toContain('[redacted]');
  });

  it('commits with the caller’s transaction and rolls back with it', async () => {
    await database.db.transaction(async (tx) => recordAuditEvent(tx, { ...base, resourceId: 'committed' }));
    await expect(
      database.db.transaction(async (tx) => {
        await recordAuditEvent(tx, { ...base, resourceId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(await byResource('committed')).toHaveLength(1);
    expect(await byResource('rolled-back')).toEqual([]);
  });

  it('refuses an operation outside the closed list and stores nothing', async () => {
    await expect(recordAuditEvent(database.db, { ...base, operation: 'user.hack' as AuditOperation, resourceId: 'ad-hoc' })).rejects.toThrow(
      /not an audit operation/,
    );
    expect(await byResource('ad-hoc')).toEqual([]);
  });

  it('lists every operation once, all dotted resource.verb names', () => {
    expect(new Set(AUDIT_OPERATIONS).size).toBe(AUDIT_OPERATIONS.length);
    for (const operation of AUDIT_OPERATIONS) expect(operation).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });
});
