import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { CONNECTION_TEST_HEADER, signConnectionTest } from '@/lib/onboarding/connection-test-signature';
import { scimDeps } from '@/lib/provisioning/scim-deps';
import { createToken } from '@/lib/tokens/create-token';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { DAY_MS } from '@/lib/time/durations';
import type { ReadinessCheck } from './operations-endpoints';
import { databaseReadiness } from './readiness';
import { createRequestListener } from './request-listener';
import { createServerMetrics } from './server-metrics';

vi.hoisted(() => {
  // The Test connection's marker is signed with the session key; without one a key file would be written.
  process.env.NEXTAUTH_SECRET ??= 'connection-test-signing-key-for-vitest-only-0123456789';
});

let database: OpenDatabase;
let secret: string;
const servers: http.Server[] = [];
/** What the stand-in for Next.js saw of the last request handed to it. */
let seenByNext: { address: unknown; rawHeaders: string[] } | undefined;

/** Roster's request listener on an ephemeral port, with Next.js replaced by a handler that records what it got. */
async function listen(options: { readiness?: ReadinessCheck; metricsToken?: string } = {}): Promise<string> {
  const listener = createRequestListener({
    next: async (request, response) => {
      seenByNext = { address: request.headers[CLIENT_ADDRESS_HEADER], rawHeaders: request.rawHeaders };
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('next');
    },
    scimDeps: () => scimDeps(database.db),
    readiness: options.readiness ?? databaseReadiness(async () => database.db),
    metrics: createServerMetrics(() => database.db),
    metricsToken: options.metricsToken,
    trustedProxyHops: 0,
  });
  const server = http.createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ secret } = await createToken(database.db, { name: 'metrics test', expiresAt: new Date(Date.now() + DAY_MS), createdBy: 'test' }));
});
afterAll(async () => {
  for (const server of servers) server.close();
  await database.close();
});

describe('/healthz', () => {
  it('answers 200 while the process runs, GET and HEAD only', async () => {
    const base = await listen({ readiness: async () => 'the database is not reachable' });
    const reply = await fetch(`${base}/healthz`);
    expect([reply.status, await reply.text(), reply.headers.get('cache-control')]).toEqual([200, 'ok\n', 'no-store']);
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(`${base}/healthz`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('/readyz', () => {
  it('answers 200 when the database answers and has every migration of this build', async () => {
    const reply = await fetch(`${await listen()}/readyz`);
    expect([reply.status, await reply.text()]).toEqual([200, 'ready\n']);
  });

  it('answers 503 while the newest migration is missing', async () => {
    const base = await listen();
    const [newest] = await queryRows<{ id: number; hash: string; created_at: string }>(
      database.db,
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning id, hash, created_at`,
    );
    try {
      const reply = await fetch(`${base}/readyz`);
      expect([reply.status, await reply.text()]).toEqual([503, 'not ready: migrations of this build are not applied yet\n']);
    } finally {
      await database.db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest.id}, ${newest.hash}, ${newest.created_at})`);
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('answers 503 when the database cannot be reached, without the driver message', async () => {
    const base = await listen({ readiness: databaseReadiness(() => Promise.reject(new Error('connect ECONNREFUSED db.internal:5432 password=hunter2'))) });
    const reply = await fetch(`${base}/readyz`);
    const text = await reply.text();
    expect([reply.status, text]).toEqual([503, 'not ready: the database is not reachable\n']);
  });
});

describe('/metrics', () => {
  it('counts SCIM requests by operation and status, with latency, audit queue and database gauges', async () => {
    const base = await listen();
    const auth = { authorization: `Bearer ${secret}` };
    expect((await fetch(`${base}/scim/v2/Users?filter=${encodeURIComponent('userName eq "x"')}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/scim/v2/Users`)).status).toBe(401);
    expect((await fetch(`${base}/scim/v2/Nope`, { headers: auth })).status).toBe(404);

    const reply = await fetch(`${base}/metrics`);
    const text = await reply.text();
    expect(reply.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(text).toContain('roster_scim_requests_total{operation="User.list",status="200"} 1');
    expect(text).toContain('roster_scim_requests_total{operation="User.list",status="401"} 1');
    expect(text).toContain('roster_scim_requests_total{operation="unrouted",status="404"} 1');
    expect(text).toMatch(/roster_scim_request_duration_seconds_bucket\{le="\+Inf",operation="User\.list"\} 2/);
    expect(text).toContain('roster_audit_queue_depth 0');
    expect(text).toContain('# TYPE roster_database_connections gauge');
    expect(text).toContain('process_cpu_seconds_total');
    if (process.env.TEST_DATABASE_URL) expect(text).toMatch(/roster_database_connections\{state="active"\} [1-9]/);
  });

  it('asks for METRICS_TOKEN when one is set', async () => {
    const base = await listen({ metricsToken: 'a-metrics-token-of-some-length' });
    const refused = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } });
    expect([refused.status, refused.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="metrics"']);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const allowed = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer a-metrics-token-of-some-length' } });
    expect(allowed.status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('SCIM', () => {
  it('audits the console\'s signed Test connection as connection.test, and a forged marker as the IdP\'s request', async () => {
    const base = await listen();
    const read = (marker: string) => fetch(`${base}/scim/v2/ServiceProviderConfig`, { headers: { authorization: `Bearer ${secret}`, [CONNECTION_TEST_HEADER]: marker } });
    expect((await read(signConnectionTest(new Date()))).status).toBe(200);
    expect((await read('1.forged')).status).toBe(200);
    const events = await database.db
      .select({ operation: auditEvents.operation })
      .from(auditEvents)
      .where(eq(auditEvents.path, '/scim/v2/ServiceProviderConfig'))
      .orderBy(asc(auditEvents.id));
    expect(events.map((event) => event.operation)).toEqual(['connection.test', 'discovery.read']);
  });
});

describe('requests for Next.js', () => {
  it('carry the socket address in x-roster-client-address, never the one the client sent', async () => {
    const base = await listen();
    const reply = await fetch(`${base}/login`, { headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.66', 'x-forwarded-for': '198.51.100.67' } });
    expect(await reply.text()).toBe('next');
    expect(seenByNext?.address).toBe('127.0.0.1');
    expect(seenByNext?.rawHeaders.join(' ')).not.toContain('198.51.100.66');
  });

  it('refuses TRACE, which Next.js cannot route, with 405 and Allow', async () => {
    const base = await listen();
    const reply = await new Promise<http.IncomingMessage>((resolve) => http.request(`${base}/login`, { method: 'TRACE' }, resolve).end());
    expect([reply.statusCode, reply.headers.allow]).toEqual([405, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS']);
  });
});
