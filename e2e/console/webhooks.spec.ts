import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

type Received = { id: string; type: string };

/** A local receiver: answers 500 to the first `failFirst` requests, 200 afterwards, and remembers what came. */
async function startReceiver(failFirst: number) {
  const received: Received[] = [];
  let failures = failFirst;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { type: string };
      received.push({ id: String(request.headers['webhook-id']), type: body.type });
      response.statusCode = failures > 0 ? 500 : 200;
      failures -= 1;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/roster`, received, close: () => server.close() };
}

test('the owner adds an endpoint, sees its secret once, sends a test event, reads the delivery log and redelivers', async ({ ownerPage: page, scim }) => {
  test.slow();
  const receiver = await startReceiver(1);
  try {
    await page.goto('/webhooks');
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Description (optional)').fill('e2e receiver');
    await page.getByLabel('user.created').check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();

    const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have copied the secret' }).click();
    await page.reload();
    expect(await page.content()).not.toContain(secret);

    const card = page.getByRole('article', { name: `Webhook ${receiver.url}` });
    await expect(card.getByText('user.created · ')).toBeVisible();

    // The receiver fails the first message: the test event shows as failed in the log.
    await card.getByRole('button', { name: 'Send test event' }).click();
    await expect(page.getByText('Test event failed')).toBeVisible();

    const userName = `webhook-e2e-${Date.now()}@contoso.example`;
    const created = await scim.post('Users', { data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, active: true } });
    expect(created.status()).toBe(201);
    await expect.poll(() => receiver.received.map((message) => message.type), { timeout: 20_000 }).toContain('user.created');

    await card.getByRole('button', { name: 'Delivery log' }).click();
    const log = card.getByRole('table', { name: 'Delivery log' });
    const userRow = log.getByRole('row').filter({ hasText: 'user.created' });
    await expect(userRow.getByText('succeeded')).toBeVisible();
    await expect(userRow.getByRole('cell', { name: '200', exact: true })).toBeVisible();
    const testRow = log.getByRole('row').filter({ hasText: 'webhook.test' });
    await expect(testRow.getByText('failed')).toBeVisible();
    await expect(testRow.getByRole('cell', { name: '500', exact: true })).toBeVisible();

    const deliveredOnce = receiver.received.filter((message) => message.type === 'user.created');
    await userRow.getByRole('button', { name: 'Redeliver' }).click();
    await expect
      .poll(() => receiver.received.filter((message) => message.type === 'user.created').length, { timeout: 20_000 })
      .toBe(deliveredOnce.length + 1);
    expect(receiver.received.at(-1)?.id).toBe(deliveredOnce[0].id);
    await expect(log.getByRole('row').filter({ hasText: 'user.created' }).getByText('succeeded')).toHaveCount(2);
    await saveScreenshot(page, 'webhooks');
    const { endpoints } = (await (await page.request.get('/api/console/webhooks')).json()) as { endpoints: { id: string; url: string }[] };
    for (const endpoint of endpoints.filter((candidate) => candidate.url === receiver.url)) {
      expect((await page.request.delete(`/api/console/webhooks/${endpoint.id}`)).status()).toBe(204);
    }
  } finally {
    receiver.close();
  }
});

test('an endpoint whose deliveries fail raises a warning on every console page for the owner', async ({ ownerPage: page, scim }) => {
  test.slow();
  const receiver = await startReceiver(1_000);
  try {
    const made = await page.request.post('/api/console/webhooks', { data: { url: receiver.url, eventTypes: ['user.created'] } });
    expect(made.status()).toBe(201);
    const userName = `webhook-failing-${Date.now()}@contoso.example`;
    expect((await scim.post('Users', { data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, active: true } })).status()).toBe(201);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBeGreaterThan(0);

    await page.goto('/users');
    await expect(page.getByTestId('webhook-failure-banner')).toContainText('deliveries to 1 webhook endpoint are failing');
    await page.getByRole('link', { name: 'See the Webhooks page' }).click();
    await expect(page.getByRole('article', { name: `Webhook ${receiver.url}` }).getByText('failing', { exact: true })).toBeVisible();
    expect((await page.request.delete(`/api/console/webhooks/${(await made.json()).endpoint.id}`)).status()).toBe(204);
  } finally {
    receiver.close();
  }
});

test('success managers have no webhooks link, page or API', async ({ managerPage }) => {
  const refused = await managerPage.request.get('/api/console/webhooks');
  expect(refused.status()).toBe(403);
  await managerPage.goto('/overview');
  await expect(managerPage.getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  await expect(managerPage.getByTestId('webhook-failure-banner')).toHaveCount(0);
  const page = await managerPage.goto('/webhooks');
  expect(page?.status()).toBe(403);
});
