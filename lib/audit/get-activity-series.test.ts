import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { getActivitySeries } from './get-activity-series';
import { recordAuditEvent } from './record-audit-event';

let database: OpenDatabase;
const iso = (text: string) => new Date(text);

beforeAll(async () => {
  database = await createTestDatabase();
  const events: [string, 'success' | 'failure', string][] = [
    ['2030-05-01T09:59:59.999Z', 'success', 'user.read'],
    ['2030-05-01T10:00:00.000Z', 'success', 'user.create'],
    ['2030-05-01T10:30:00.000Z', 'failure', 'user.create'],
    ['2030-05-01T10:59:59.999Z', 'failure', 'auth.refused'],
    ['2030-05-01T12:15:00.000Z', 'success', 'user.update'],
    ['2030-05-03T00:00:00.000Z', 'success', 'user.update'],
    // Not the identity provider's requests: a console change and the console's connection tests.
    ['2030-05-01T10:10:00.000Z', 'success', 'role.create'],
    ['2030-05-01T10:20:00.000Z', 'failure', 'connection.test'],
    ['2030-05-01T12:20:00.000Z', 'success', 'connection.test'],
  ];
  for (const [occurredAt, outcome, operation] of events) {
    await recordAuditEvent(database.db, { operation: operation as 'user.read', outcome, actor: { type: 'token', name: 'Entra' }, occurredAt: iso(occurredAt) });
  }
});
afterAll(() => database.close());

describe('getActivitySeries', () => {
  it('counts IdP requests, failures and console actions (tests included) apart per hour, filling empty hours', async () => {
    const series = await getActivitySeries(database.db, { from: iso('2030-05-01T10:00:00Z'), to: iso('2030-05-01T14:00:00Z'), bucket: 'hour' });
    expect(series).toEqual([
      { bucketStart: iso('2030-05-01T10:00:00Z'), requests: 3, failures: 2, consoleActions: 2 },
      { bucketStart: iso('2030-05-01T11:00:00Z'), requests: 0, failures: 0, consoleActions: 0 },
      { bucketStart: iso('2030-05-01T12:00:00Z'), requests: 1, failures: 0, consoleActions: 1 },
      { bucketStart: iso('2030-05-01T13:00:00Z'), requests: 0, failures: 0, consoleActions: 0 },
    ]);
  });

  it('counts per UTC day, clipping events outside the range from partial edge buckets', async () => {
    const series = await getActivitySeries(database.db, { from: iso('2030-05-01T10:00:00Z'), to: iso('2030-05-03T00:00:00Z'), bucket: 'day' });
    expect(series).toEqual([
      { bucketStart: iso('2030-05-01T00:00:00Z'), requests: 4, failures: 2, consoleActions: 3 },
      { bucketStart: iso('2030-05-02T00:00:00Z'), requests: 0, failures: 0, consoleActions: 0 },
    ]);
  });

  it('applies the audit filters', async () => {
    const series = await getActivitySeries(database.db, { from: iso('2030-05-01T00:00:00Z'), to: iso('2030-05-02T00:00:00Z'), bucket: 'day', operation: 'user.create' });
    expect(series).toEqual([{ bucketStart: iso('2030-05-01T00:00:00Z'), requests: 2, failures: 1, consoleActions: 0 }]);
  });

  it('answers an empty series for an empty range and refuses one too fine to draw', async () => {
    expect(await getActivitySeries(database.db, { from: iso('2030-05-02T00:00:00Z'), to: iso('2030-05-01T00:00:00Z'), bucket: 'hour' })).toEqual([]);
    await expect(getActivitySeries(database.db, { from: iso('2020-01-01T00:00:00Z'), to: iso('2030-01-01T00:00:00Z'), bucket: 'hour' })).rejects.toMatchObject({ kind: 'invalid_input' });
  });
});
