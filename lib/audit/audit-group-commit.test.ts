import type { PGlite } from '@electric-sql/pglite';
import { eq, like } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import * as schema from '@/db/schema';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { AuditGroupCommit } from './audit-group-commit';
import { recordAuditEvent, type AuditEventInput } from './record-audit-event';

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

/**
 * A handle on the test database's own connection that counts the INSERT INTO audit_events statements it sends to
 * the driver: every statement, drizzle's and the fixed-text ones, goes through the client's `unsafe` (postgres-js)
 * or `query` (PGlite), one call each.
 */
function countingInserts(open: OpenDatabase): { db: Database; inserts: () => number } {
  const statements: string[] = [];
  const client = (open.db as unknown as { $client: object }).$client;
  const counted = new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property !== 'unsafe' && property !== 'query') return value.bind(target);
      return (text: string, ...rest: unknown[]) => {
        statements.push(text);
        return value.call(target, text, ...rest);
      };
    },
  });
  const db = open.driver === 'postgres' ? drizzlePostgres(counted as Sql, { schema }) : drizzlePglite(counted as PGlite, { schema });
  return { db: db as unknown as Database, inserts: () => statements.filter((query) => /^insert into "?audit_events"?/i.test(query)).length };
}

const stored = (prefix: string) => database.db.select().from(auditEvents).where(like(auditEvents.resourceId, `${prefix}%`));

describe('AuditGroupCommit', () => {
  it('writes an event alone when nothing else is waiting, and settles only once the row is stored', async () => {
    const counting = countingInserts(database);
    const groupCommit = new AuditGroupCommit(counting.db);
    await groupCommit.record(read('alone-1'));
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, 'alone-1'))).toHaveLength(1);
    expect(counting.inserts()).toBe(1);
  });

  it('writes concurrent events in fewer statements than events, losing none', async () => {
    const counting = countingInserts(database);
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

  it('stores every field as recordAuditEvent does inside a transaction', async () => {
    const full = (resourceId: string): AuditEventInput => ({
      ...read(resourceId),
      path: '/scim/v2/Users/same',
      operation: 'user.update',
      outcome: 'failure',
      tokenId: undefined,
      clientAddress: '203.0.113.9',
      durationMs: 12.6,
      resourceName: 'Ada "Lovelace" ünïcode',
      changes: [{ field: 'department', old: 'Sales', new: null }],
      changesRedacted: true,
      error: 'The request body is not valid',
      detail: { query: { filter: 'userName eq "ada"' }, nested: { list: [1, 'two', null] } },
      occurredAt: new Date('2026-12-06T01:02:03.456Z'),
    });
    await new AuditGroupCommit(database.db).record(full('same-row-group-commit'));
    await database.db.transaction((tx) => recordAuditEvent(tx as unknown as Database, full('same-row-transaction')));
    const rows = await stored('same-row-');
    const [viaGroupCommit, viaTransaction] = ['same-row-group-commit', 'same-row-transaction'].map((id) => {
      const { id: _rowId, resourceId: _resourceId, ...rest } = rows.find((row) => row.resourceId === id)!;
      return rest;
    });
    expect(viaGroupCommit).toEqual(viaTransaction);
    expect(viaGroupCommit.occurredAt).toEqual(new Date('2026-12-06T01:02:03.456Z'));
    expect(viaGroupCommit.detail).toEqual({ query: { filter: 'userName eq "ada"' }, nested: { list: [1, 'two', null] } });
  });

  it('refuses an operation outside the closed list before queueing it', async () => {
    const groupCommit = new AuditGroupCommit(database.db);
    expect(() => groupCommit.record({ ...read('unknown-operation'), operation: 'user.teleport' as never })).toThrow(/not an audit operation/);
    expect(await stored('unknown-operation')).toEqual([]);
  });
});
