import { expect, test } from '../fixtures/console';
import type { Page } from '@playwright/test';

async function createToken(page: Page, name: string): Promise<{ id: string; secret: string }> {
  const response = await page.request.post('/api/console/tokens', { data: { name, expiry: { kind: 'days', days: 30 } } });
  expect(response.status()).toBe(201);
  const { token, secret } = await response.json();
  return { id: token.id, secret };
}

/** The guide loads settings and fields on the client; a loaded shared machine can take a while. */
async function openGuide(page: Page) {
  await page.goto('/setup-guide');
  await expect(page.getByRole('heading', { name: 'Microsoft Entra ID' })).toBeVisible({ timeout: 30_000 });
}

async function testToken(page: Page, secret: string) {
  const form = page.getByRole('region', { name: 'Test a token' });
  await form.getByLabel('Token').fill(secret);
  await form.getByRole('button', { name: 'Test connection' }).click();
  return form.getByTestId('connection-result');
}

test('the test connection form tells a valid, an expired, a revoked and an unknown token apart', async ({ ownerPage: page }) => {
  const stamp = Date.now();
  const valid = await createToken(page, `Connection test ${stamp}`);
  const rotatedAway = await createToken(page, `Connection test rotated ${stamp}`);
  // Rotating with no grace period ends the old token's life now: it is expired, not revoked.
  expect((await page.request.post(`/api/console/tokens/${rotatedAway.id}/rotate`, { data: { graceDays: 0 } })).status()).toBe(201);
  const revoked = await createToken(page, `Connection test revoked ${stamp}`);
  expect((await page.request.post(`/api/console/tokens/${revoked.id}/expire`)).status()).toBe(200);

  await openGuide(page);

  const cases = [
    [valid.secret, 'works', 'Works. The token works'],
    [rotatedAway.secret, 'expired', 'Expired. This token has expired'],
    [revoked.secret, 'revoked', 'Revoked. This token was revoked'],
    [`roster_${'A'.repeat(43)}`, 'unknown', 'Unknown token. Roster does not know this token'],
  ] as const;
  for (const [secret, result, title] of cases) {
    const panel = await testToken(page, secret);
    await expect(panel).toHaveAttribute('data-result', result);
    await expect(panel).toContainText(title);
    await expect(panel).toContainText('/scim/v2/ServiceProviderConfig');
  }

  await testToken(page, valid.secret);
  await page.screenshot({ path: 'docs/screenshots/setup-guide.png', fullPage: true });
});

test('the guide gives every value to copy and exports the mapping table', async ({ ownerPage: page }) => {
  await openGuide(page);
  const entra = page.getByRole('region', { name: 'Microsoft Entra ID' });
  await expect(entra.getByRole('button', { name: 'Copy Provisioning Mode' })).toBeVisible();
  await expect(entra.getByRole('link', { name: 'Create a token' })).toHaveAttribute('href', '/tokens');

  const { settings } = await (await page.request.get('/api/console/settings')).json();
  if (settings.applicationDomain) {
    await expect(entra.getByTestId('tenant-url')).toHaveText(`https://${settings.applicationDomain}/scim/v2`);
    await expect(entra.getByTestId('tenant-url-entra')).toHaveText(`https://${settings.applicationDomain}/scim/v2?aadOptscim062020`);
  } else {
    await expect(entra.getByRole('link', { name: 'Set the application domain' }).first()).toHaveAttribute('href', '/settings');
  }

  const claims = entra.getByRole('table', { name: 'Claims and attributes to configure' });
  await expect(claims.getByRole('row', { name: /Business Unit/ })).toContainText(
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
  );
  await expect(claims.getByRole('button', { name: 'Copy SCIM attribute of First Name' })).toBeVisible();

  const csv = await page.request.get('/api/console/setup-guide/group-list');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[0]).toBe('group,role,status');
  await expect(page.getByRole('region', { name: 'Okta' }).getByTestId('tenant-url').or(page.getByRole('region', { name: 'Okta' }).getByText('the application domain is not set yet'))).toBeVisible();
});

test('a success manager can neither open the guide nor test a token', async ({ managerPage: page }) => {
  const response = await page.goto('/setup-guide');
  expect(response?.status()).toBe(403);
  const test = await page.request.post('/api/console/connection-test', { data: { token: 'roster_x' } });
  expect(test.status()).toBe(403);
});
