import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '@/db/database';
import { auditEvents, scimTokens } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { getActivitySeries } from '@/lib/audit/get-activity-series';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { getConsoleSession } from '@/lib/auth/session';
import { getChecklist } from '@/lib/onboarding/get-checklist';
import { CONNECTION_TEST_HEADER } from '@/lib/onboarding/connection-test-signature';
import { getSyncHealth } from '@/lib/sync-health/get-sync-health';
import { createToken } from '@/lib/tokens/create-token';
import { DAY_MS } from '@/lib/time/durations';
import { GET as scimGet } from '@/app/scim/v2/[[...path]]/route';
import { callRoute } from '../test-requests';
import { POST as testConnection } from './route';

const database = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'connection-test-signing-key-for-vitest-only-0123456789';
  return { current: undefined as OpenDatabase | undefined };
});
vi.mock('@/lib/auth/session', () => ({ getConsoleSession: vi.fn() }));
vi.mock('@/db/client', () => ({ getDb: async () => database.current!.db }));

const OWNER: ConsoleActor = { id: 'owner-1', email: 'olivia@example.com', name: 'Olivia', role: 'owner' };
const MANAGER: ConsoleActor = { id: 'manager-1', email: 'sam@example.com', name: 'Sam', role: 'success_manager' };
const UNKNOWN = `roster_${'x'.repeat(43)}`;

let secret: string;
let tokenId: string;

beforeAll(async () => {
  database.current = await createTestDatabase();
  ({ secret, token: { id: tokenId } } = await createToken(database.current.db, { name: 'CLI token', expiresAt: new Date(Date.now() + 90 * DAY_MS), createdBy: 'cli' }));
});
afterAll(() => database.current?.close());
beforeEach(() => {
  vi.mocked(getConsoleSession).mockResolvedValue(OWNER);
  // The test calls this deployment over HTTP; here that HTTP call reaches the real SCIM route handler in-process.
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => scimGet(new Request(url, init)));
});
afterEach(() => vi.unstubAllGlobals());

const db = () => database.current!.db;
const run = (token: string) => callRoute(testConnection, { method: 'POST', body: { token } });

async function idpTraffic() {
  const now = new Date();
  const [health, checklist, series] = await Promise.all([
    getSyncHealth(db(), now),
    getChecklist(db(), now),
    getActivitySeries(db(), { from: new Date(now.getTime() - 3_600_000), to: new Date(now.getTime() + 60_000), bucket: 'hour' }),
  ]);
  const [token] = await db().select().from(scimTokens).where(eq(scimTokens.id, tokenId));
  const idpStep = checklist.phases.flatMap((phase) => phase.steps).find((step) => step.key === 'scim_configured_in_idp')!;
  return {
    lastUsed: [token.lastUsedAt, token.lastUsedFrom],
    health: [health.requests, health.failures, health.lastSuccessfulRequestAt, health.lastRequestAt, health.failureReasons.length],
    notices: [...health.warnings, ...health.smells].map((notice) => notice.key),
    idpStepState: idpStep.state,
    chartRequests: series.reduce((sum, bucket) => sum + bucket.requests, 0),
  };
}

const QUIET = { lastUsed: [null, null], health: [0, 0, null, null, 0], notices: [], idpStepState: 'open', chartRequests: 0 };

describe('Test connection is recorded as such and never counts as identity-provider traffic', () => {
  it('a working token: answered "works", audited as connection.test, and nothing counts it', async () => {
    const response = await run(secret);
    expect([response.status, response.body.result]).toEqual([200, 'works']);

    const events = await db().select().from(auditEvents).where(eq(auditEvents.tokenId, tokenId));
    expect(events.map((event) => [event.operation, event.outcome, event.status])).toEqual([['connection.test', 'success', 200]]);
    expect(await idpTraffic()).toEqual(QUIET);
  });

  it('unknown tokens: no unknown-token warning, no failures, no failure reasons', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await run(UNKNOWN)).body.result).toBe('unknown');
    const refused = await db().select().from(auditEvents).where(eq(auditEvents.operation, 'connection.test'));
    expect(refused.filter((event) => event.outcome === 'failure')).toHaveLength(3);
    expect(await idpTraffic()).toEqual(QUIET);
  });

  it('a success manager may run it too', async () => {
    vi.mocked(getConsoleSession).mockResolvedValue(MANAGER);
    expect((await run(secret)).body.result).toBe('works');
  });

  it('a forged or stale marker does not hide a request: it counts as the IdP’s', async () => {
    for (const marker of ['1.forged', `${Date.now() - 3_600_000}.AAAA`]) {
      const request = new Request('http://roster.test/scim/v2/ServiceProviderConfig', { headers: { authorization: `Bearer ${secret}`, [CONNECTION_TEST_HEADER]: marker } });
      expect((await scimGet(request)).status).toBe(200);
    }
    const traffic = await idpTraffic();
    expect(traffic.health.slice(0, 2)).toEqual([2, 0]);
    expect(traffic.lastUsed[0]).not.toBeNull();
    expect(traffic.idpStepState).toBe('done');
  });
});
