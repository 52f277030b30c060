import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { scimTokens, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { recordAuditEvent, type AuditEventInput } from '@/lib/audit/record-audit-event';
import { DAY_MS } from '@/lib/time/durations';
import { createToken } from '@/lib/tokens/create-token';
import { getSyncHealth } from './get-sync-health';

const NOW = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const ENTRA = { type: 'token' as const, id: randomUUID(), name: 'Entra' };
const OLD = { type: 'token' as const, id: randomUUID(), name: 'Old' };

let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(() => close());
beforeEach(async () => {
  await queryRows(db, sql`truncate audit_events, scim_tokens, scim_users, scim_groups, settings cascade`);
});

type Request = Partial<AuditEventInput> & Pick<AuditEventInput, 'operation'> & { status: number };

async function scim(count: number, request: Request, at: Date) {
  for (let index = 0; index < count; index += 1) {
    await recordAuditEvent(db, {
      outcome: request.status < 400 ? 'success' : 'failure',
      actor: ENTRA,
      tokenId: ENTRA.id,
      method: 'GET',
      path: '/scim/v2/Users',
      occurredAt: at,
      ...request,
    });
  }
}

const refused = (actor: AuditEventInput['actor'], path = '/scim/v2/Users'): Request => ({
  operation: 'auth.refused',
  status: 401,
  actor,
  tokenId: actor.id,
  path,
  error: 'The bearer token is not known.',
});

describe('getSyncHealth', () => {
  it('is quiet on a fresh deployment', async () => {
    expect(await getSyncHealth(db, NOW)).toEqual({
      generatedAt: NOW.toISOString(),
      windowHours: 24,
      lastSuccessfulRequestAt: null,
      lastRequestAt: null,
      requests: 0,
      failures: 0,
      failureReasons: [],
      provisioned: { users: 0, activeUsers: 0, groups: 0 },
      expiringTokens: [],
      warnings: [],
      smells: [],
    });
  });

  it('reads traffic, failure reasons, warnings and smells from the last 24 hours of audit events', async () => {
    await createToken(db, { name: 'Entra', expiresAt: inDays(90), createdBy: 'owner@example.com', now: minutesAgo(600) });
    await db.insert(scimUsers).values({ id: randomUUID(), userName: 'ada@example.com', document: {}, active: true });
    await scim(6, { operation: 'user.list', status: 200 }, minutesAgo(30));
    await scim(2, { operation: 'user.update', status: 200, method: 'PATCH', detail: { idpDialect: { stringBooleans: true, capitalisedOps: true, memberRemovalByValue: false } } }, minutesAgo(20));
    await scim(3, { operation: 'user.create', status: 409, method: 'POST', error: 'userName "ada@example.com" is taken', detail: { scimType: 'uniqueness' } }, minutesAgo(15));
    await scim(2, refused(OLD), minutesAgo(10));
    await scim(2, refused({ type: 'anonymous' }), minutesAgo(9));
    // The console's Test connection, refused and accepted: recorded, never counted as the IdP's traffic.
    await scim(3, { ...refused({ type: 'anonymous' }, '/scim/v2/ServiceProviderConfig'), operation: 'connection.test' }, minutesAgo(2));
    await scim(1, { operation: 'connection.test', status: 200, path: '/scim/v2/ServiceProviderConfig' }, minutesAgo(1));
    await scim(1, { operation: 'request.invalid', status: 404, path: '/scim/v2/scim/v2/Users', actor: ENTRA }, minutesAgo(7));
    await scim(4, { operation: 'user.create', status: 400, detail: { scimType: 'invalidValue' } }, minutesAgo(60 * 25));
    await recordAuditEvent(db, { operation: 'settings.update', outcome: 'success', actor: { type: 'console', name: 'owner@example.com' }, occurredAt: minutesAgo(1) });

    const health = await getSyncHealth(db, NOW);

    expect(health).toMatchObject({
      lastSuccessfulRequestAt: minutesAgo(20).toISOString(),
      lastRequestAt: minutesAgo(7).toISOString(),
      requests: 16,
      failures: 8,
      provisioned: { users: 1, activeUsers: 1, groups: 0 },
    });
    expect(health.failureReasons.map((reason) => [reason.operation, reason.status, reason.scimType, reason.subject, reason.count])).toEqual([
      ['user.create', 409, 'uniqueness', null, 3],
      ['auth.refused', 401, null, 'unknown, malformed or missing token', 2],
      ['auth.refused', 401, null, 'expired or revoked token', 2],
      ['request.invalid', 404, null, null, 1],
    ]);
    const conflicts = health.failureReasons.find((reason) => reason.operation === 'user.create')!;
    expect(conflicts).toMatchObject({ example: 'userName "ada@example.com" is taken', lastSeenAt: minutesAgo(15).toISOString() });
    expect(conflicts.auditHref).toBe(`/audit?outcome=failure&operation=user.create&from=${encodeURIComponent(minutesAgo(24 * 60).toISOString())}`);

    expect(health.warnings.map((notice) => [notice.key, notice.severity])).toEqual([['failure_rate', 'critical']]);
    expect(health.smells.map((notice) => notice.key)).toEqual([
      'refused_known_token',
      'entra_compatibility_flag',
      'unknown_token',
      'unknown_endpoint',
      'user_conflicts',
    ]);
    const smell = (key: string) => health.smells.find((notice) => notice.key === key)!;
    expect(smell('refused_known_token').evidence).toMatch(/^"Old" refused 2 times/);
    // One number: the warning and the failures table read the same group.
    const unknownRow = health.failureReasons.find((reason) => reason.subject?.startsWith('unknown'))!;
    expect(smell('unknown_token').evidence).toBe(`2 requests in the last 24 hours carried an unknown, malformed or missing token; last at 2026-03-01 11:51 UTC.`);
    expect(unknownRow).toMatchObject({ count: 2, lastSeenAt: minutesAgo(9).toISOString() });
    expect(smell('unknown_endpoint').evidence).toContain('for example /scim/v2/scim/v2/Users');
    expect(smell('entra_compatibility_flag').evidence).toMatch(/^2 requests .* in 2, capitalised ops \("Replace"\) in 2;/);
  });

  it('warns when the identity provider went silent after provisioning started, and about a token near expiry', async () => {
    const { token } = await createToken(db, { name: 'Entra', expiresAt: inDays(3), createdBy: 'owner@example.com', now: minutesAgo(6000) });
    await db.update(scimTokens).set({ lastUsedAt: minutesAgo(125) }).where(sql`${scimTokens.id} = ${token.id}`);
    await scim(1, { operation: 'user.list', status: 200 }, minutesAgo(125));

    const health = await getSyncHealth(db, NOW);

    expect(health.expiringTokens).toEqual([{ id: token.id, name: 'Entra', expiresAt: inDays(3).toISOString(), daysLeft: 3, lastUsedAt: minutesAgo(125).toISOString() }]);
    expect(health.warnings.map((notice) => [notice.key, notice.severity, notice.title])).toEqual([
      ['token_expiry', 'critical', 'Token "Entra" expires in 3 days'],
      ['no_recent_request', 'warning', 'No request from the identity provider for 2 hours 5 minutes'],
    ]);
  });
});
