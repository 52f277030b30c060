import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { appRoles, auditEvents, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { settleFeed } from '@/lib/events/settle-feed';
import { testActor } from '@/e2e/fixtures/test-directory';
import { deliverWebhooks, type DeliveryOptions } from './deliver-webhooks';
import { createWebhookEndpoint, listWebhookDeliveries, redeliverWebhook, updateWebhookEndpoint } from './manage-webhook-endpoints';
import { queueWebhookDeliveries } from './queue-webhook-deliveries';
import { sendTestWebhook } from './send-test-webhook';
import { checkWebhookUrl } from './webhook-url-policy';

type Received = { headers: http.IncomingHttpHeaders; body: string };

let database: OpenDatabase;
let server: http.Server;
let receiverUrl: string;
let received: Received[] = [];
/** Status answered to each request, in order; 200 once the list is used up. */
let answers: number[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.statusCode = answers.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(webhookEndpoints);
  received = [];
  answers = [];
});

const allow = { allowPrivate: true };
const at = (seconds: number) => () => new Date(Date.UTC(2030, 0, 1) + seconds * 1000);
const run = async (options: Partial<DeliveryOptions> = {}) => {
  await settleFeed(database.db);
  await queueWebhookDeliveries(database.db);
  return deliverWebhooks(database.db, { allowPrivate: true, ...options });
};
const typeOf = (message: Received) => (JSON.parse(message.body) as { type: string }).type;
const roleNameOf = (message: Received) => (JSON.parse(message.body) as { data: { role: { name: string } } }).data.role.name;

describe('webhook delivery', () => {
  it('signs each message the Standard Webhooks way, verifiable with node:crypto alone', async () => {
    const { secret } = await createWebhookEndpoint(database.db, { url: receiverUrl }, testActor, allow);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    await database.db.insert(appRoles).values({ name: 'Signed' });
    expect(await run()).toBe(1);

    const [message] = received;
    const id = String(message.headers['webhook-id']);
    const timestamp = String(message.headers['webhook-timestamp']);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${message.body}`).digest();
    const signatures = String(message.headers['webhook-signature']).split(' ');
    expect(signatures.some((entry) => entry.startsWith('v1,') && timingSafeEqual(Buffer.from(entry.slice(3), 'base64'), expected))).toBe(true);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(message.headers['content-type']).toBe('application/json');
    expect(JSON.parse(message.body)).toMatchObject({ id, type: 'role.created', data: { role: { name: 'Signed' } } });
  });

  it('delivers in order per endpoint: a failed message holds back the next until its retry succeeds', async () => {
    await createWebhookEndpoint(database.db, { url: receiverUrl }, testActor, allow);
    await database.db.insert(appRoles).values({ name: 'first' });
    await database.db.insert(appRoles).values({ name: 'second' });
    await database.db.insert(appRoles).values({ name: 'third' });
    answers = [200, 500];

    expect(await run({ now: at(0) })).toBe(2);
    expect(received.map(roleNameOf)).toEqual(['first', 'second']);
    expect(await run({ now: at(3) })).toBe(0);
    expect(await run({ now: at(6) })).toBe(2);
    expect(received.map(roleNameOf)).toEqual(['first', 'second', 'second', 'third']);
    expect(received[1].headers['webhook-id']).toBe(received[2].headers['webhook-id']);
  });

  it('only sends the event types the endpoint asked for', async () => {
    await createWebhookEndpoint(database.db, { url: receiverUrl, eventTypes: ['role.deleted'] }, testActor, allow);
    const [role] = await database.db.insert(appRoles).values({ name: 'filtered' }).returning();
    await database.db.delete(appRoles).where(eq(appRoles.id, role.id));
    await run();
    expect(received.map(typeOf)).toEqual(['role.deleted']);
  });

  it('retries with backoff, marks the message failed when the retries run out, and disables an endpoint failing for days', async () => {
    const { endpoint } = await createWebhookEndpoint(database.db, { url: receiverUrl }, testActor, allow);
    await database.db.insert(appRoles).values({ name: 'unlucky' });
    answers = Array.from({ length: 10 }, () => 503);
    const schedule = { retryDelaysMs: [10_000, 20_000], disableAfterMs: 3_600_000 };

    await run({ ...schedule, now: at(0) });
    await run({ ...schedule, now: at(5) });
    await run({ ...schedule, now: at(10) });
    await run({ ...schedule, now: at(29) });
    await run({ ...schedule, now: at(30) });
    expect(received).toHaveLength(3);
    const [log] = await listWebhookDeliveries(database.db, endpoint.id);
    expect(log).toMatchObject({ status: 'failed', attempts: 3, responseStatus: 503, error: 'the endpoint answered 503' });
    expect(log.durationMs).toBeGreaterThanOrEqual(0);

    await database.db.insert(appRoles).values({ name: 'later' });
    await run({ ...schedule, now: at(3_600) });
    const [row] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/disabled automatically/) });
    const [audit] = await database.db.select().from(auditEvents).where(eq(auditEvents.operation, 'webhook.disable'));
    expect(audit).toMatchObject({ resourceId: endpoint.id, actorType: 'system' });

    answers = [];
    await updateWebhookEndpoint(database.db, endpoint.id, { enabled: true }, testActor, allow);
    await run({ ...schedule, now: at(3_700) });
    expect(received.map(roleNameOf).slice(-1)).toEqual(['later']);
    const [enabled] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(enabled.failingSince).toBeNull();
  });

  it('survives a worker that died holding the endpoint: its lease runs out and the message goes once', async () => {
    const { endpoint } = await createWebhookEndpoint(database.db, { url: receiverUrl }, testActor, allow);
    await database.db.insert(appRoles).values({ name: 'after restart' });
    await settleFeed(database.db);
    await queueWebhookDeliveries(database.db);
    await database.db.update(webhookEndpoints).set({ leaseUntil: at(60)() }).where(eq(webhookEndpoints.id, endpoint.id));
    expect(await run({ now: at(0) })).toBe(0);
    expect(await run({ now: at(61) })).toBe(1);
    expect(await run({ now: at(62) })).toBe(0);
    expect(received.map(roleNameOf)).toEqual(['after restart']);
  });

  it('sends a test event at once, and redelivers a message with the same webhook-id', async () => {
    const { endpoint } = await createWebhookEndpoint(database.db, { url: receiverUrl }, testActor, allow);
    const test = await sendTestWebhook(database.db, endpoint.id, testActor, allow);
    expect(test).toMatchObject({ status: 'succeeded', isTest: true, attempts: 1, responseStatus: 200, eventType: 'webhook.test' });
    expect(typeOf(received[0])).toBe('webhook.test');

    const again = await redeliverWebhook(database.db, endpoint.id, test.id, testActor);
    expect(again).toMatchObject({ status: 'pending', messageId: test.messageId });
    await run();
    expect(received.map((message) => message.headers['webhook-id'])).toEqual([test.messageId, test.messageId]);
    const log = await listWebhookDeliveries(database.db, endpoint.id);
    expect(log.map((delivery) => delivery.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('cuts off a receiver that does not answer in time', async () => {
    const slow = http.createServer(() => {});
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const { endpoint } = await createWebhookEndpoint(database.db, { url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/` }, testActor, allow);
      await database.db.insert(appRoles).values({ name: 'slow' });
      await run({ timeoutMs: 300 });
      const [log] = await listWebhookDeliveries(database.db, endpoint.id);
      expect(log).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null, error: expect.stringMatching(/no answer within 300 ms/) });
    } finally {
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('server-side request forgery', () => {
  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['10.x', 'https://10.1.2.3/hook'],
    ['192.168.x', 'https://192.168.0.10/hook'],
    ['link-local metadata', 'http://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', 'http://[::1]/hook'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['a hostname resolving to 127.0.0.1', 'http://localhost:3000/hook'],
  ])('refuses %s at registration', async (_, url) => {
    await expect(checkWebhookUrl(url, false)).rejects.toThrow(/forbidden address/);
    await expect(createWebhookEndpoint(database.db, { url }, testActor, { allowPrivate: false })).rejects.toMatchObject({ kind: 'invalid_input' });
  });

  it.each([
    ['a non-http scheme', 'file:///etc/passwd', /only http and https/],
    ['credentials in the URL', 'https://user:pw@example.com/', /credentials/],
    ['not a URL', 'hooks here', /not a valid URL/],
  ])('refuses %s', async (_, url, message) => {
    await expect(checkWebhookUrl(url, true)).rejects.toThrow(message);
  });

  it('checks again at delivery on the address it connects to (a name that now resolves to 127.0.0.1 is not called)', async () => {
    const port = (server.address() as AddressInfo).port;
    const { endpoint } = await createWebhookEndpoint(database.db, { url: `http://localhost:${port}/hooks` }, testActor, allow);
    await database.db.insert(appRoles).values({ name: 'rebound' });
    await run({ allowPrivate: false });
    expect(received).toEqual([]);
    const [log] = await listWebhookDeliveries(database.db, endpoint.id);
    expect(log).toMatchObject({ status: 'pending', error: expect.stringMatching(/forbidden address/) });
  });

  it('never reaches the database with a refused URL', async () => {
    await expect(createWebhookEndpoint(database.db, { url: 'http://10.0.0.1/' }, testActor, { allowPrivate: false })).rejects.toThrow();
    const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from webhook_endpoints`);
    expect(n).toBe(0);
    expect(await database.db.select().from(webhookDeliveries)).toEqual([]);
  });
});
