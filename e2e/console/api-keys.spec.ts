import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

test('an API key is shown once, reads /api/v1, is listed with its last use, rotates and is revoked', async ({ ownerPage: page, request, scimToken }) => {
  test.slow();
  const name = `Billing e2e ${Date.now()}`;
  const readRoles = (secret: string) => request.get('/api/v1/roles', { headers: { authorization: `Bearer ${secret}` } });

  await page.goto('/api-keys');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const createDialog = page.getByRole('dialog', { name: 'Create an API key' });
  await createDialog.getByLabel('Name').fill(name);
  await createDialog.getByLabel('Expires').selectOption('30');
  await createDialog.getByRole('button', { name: 'Create API key' }).click();

  const reveal = page.getByRole('dialog', { name: `API key "${name}" created` });
  await expect(reveal.getByText('It will not be shown again')).toBeVisible();
  const secret = (await reveal.getByTestId('token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^roster_key_[A-Za-z0-9_-]{43}$/);
  await reveal.getByRole('button', { name: 'I have copied the secret' }).click();

  await page.reload();
  const rows = page.getByRole('row').filter({ hasText: name });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByText('Active')).toBeVisible();
  await expect(rows.getByText(secret.slice(0, 16))).toBeVisible();
  await expect(rows).toContainText('Never');
  expect(await page.content()).not.toContain(secret);
  await saveScreenshot(page, 'api-keys');

  // The key reads the API; the SCIM token does not, and the key does not open SCIM.
  expect((await readRoles(secret)).status()).toBe(200);
  expect((await readRoles(scimToken)).status()).toBe(401);
  expect((await request.get('/scim/v2/Users?count=1', { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
  await page.reload();
  await expect(rows).not.toContainText('Never');

  await rows.getByRole('button', { name: `Rotate ${name}` }).click();
  const rotateDialog = page.getByRole('dialog', { name: `Rotate "${name}"` });
  await rotateDialog.getByLabel('Old key keeps working for').selectOption('1');
  await rotateDialog.getByRole('button', { name: 'Rotate key' }).click();
  const rotated = page.getByRole('dialog', { name: `API key "${name}" created` });
  await expect(rotated.getByText('The old key keeps working until')).toBeVisible();
  const successor = (await rotated.getByTestId('token-secret').textContent())?.trim() ?? '';
  expect(successor).not.toBe(secret);
  await rotated.getByRole('button', { name: 'I have copied the secret' }).click();
  await expect(rows).toHaveCount(2);
  expect((await readRoles(successor)).status()).toBe(200);
  expect((await readRoles(secret)).status()).toBe(200);

  const newest = page.getByTestId(/^api-key-row-/).filter({ hasText: name }).first();
  await newest.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog', { name: `Revoke "${name}" now?` }).getByRole('button', { name: 'Revoke now' }).click();
  await expect(newest.getByText('Revoked')).toBeVisible();
  const refused = await readRoles(successor);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('unauthorized');
});

test('a success manager sees no API keys entry and is refused the page and its API', async ({ managerPage: page }) => {
  await page.goto('/overview');
  const nav = page.getByRole('navigation', { name: 'Console' });
  await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'API keys' })).toHaveCount(0);

  const response = await page.goto('/api-keys');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  expect((await page.request.get('/api/console/api-keys')).status()).toBe(403);
  expect((await page.request.post('/api/console/api-keys', { data: { name: 'x', expiry: { kind: 'days', days: 30 } } })).status()).toBe(403);
});
