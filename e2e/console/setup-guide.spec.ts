import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';
import type { Page } from '@playwright/test';
import { runCli } from '../fixtures/run-cli';

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
  await saveScreenshot(page, 'setup-guide');
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

test('a success manager reads the guide and tests a token, but creates no token and is pointed at no owner tool', async ({
  managerPage: page,
}) => {
  const secret = (await runCli('token:create', ['--name', `manager-test-${Date.now()}`, '--expires-in', '30d'])).trim().split('\n').at(-1)!.trim();
  await openGuide(page);
  const entra = page.getByRole('region', { name: 'Microsoft Entra ID' });
  await expect(entra.getByText('The Application Owner creates tokens.')).toBeVisible();
  for (const name of ['Create a token', 'Map groups to roles', 'Register another field']) await expect(page.getByRole('link', { name })).toHaveCount(0);
  await expect(await testToken(page, secret)).toHaveAttribute('data-result', 'works');
  await saveScreenshot(page, 'setup-guide-success-manager');

  expect((await page.request.post('/api/console/tokens', { data: { name: 'nope', expiry: { kind: 'days', days: 30 } } })).status()).toBe(403);
  expect((await page.goto('/tokens'))?.status()).toBe(403);

  await page.goto('/overview');
  await expect(page.getByRole('heading', { name: 'Sync health' })).toBeVisible();
  const main = page.locator('#content');
  for (const href of ['/tokens', '/users', '/groups', '/roles', '/settings', '/attributes']) await expect(main.locator(`a[href^="${href}"]`)).toHaveCount(0);

  await page.goto('/onboarding');
  await expect(page.getByTestId('checklist-summary')).toBeVisible({ timeout: 30_000 });
  const doneSteps = page.locator('[data-testid^="step-"]').filter({ has: page.getByTestId('step-state').getByText('Done', { exact: true }) });
  for (const step of await doneSteps.all()) await expect(step).not.toContainText('The Application Owner fixes this');
});

test('testing a CLI-made token on a fresh deployment is not the identity provider reaching Roster @fresh-deployment', async ({
  ownerPage: page,
}) => {
  const name = `cli-fresh-${Date.now()}`;
  const secret = (await runCli('token:create', ['--name', name, '--expires-in', '30d'])).trim().split('\n').at(-1)!.trim();
  await openGuide(page);
  await expect(await testToken(page, secret)).toHaveAttribute('data-result', 'works');
  for (let attempt = 0; attempt < 3; attempt += 1) await expect(await testToken(page, `roster_${'B'.repeat(42)}${attempt}`)).toHaveAttribute('data-result', 'unknown');

  await page.goto('/onboarding');
  await expect(page.getByTestId('step-scim_configured_in_idp').getByTestId('step-state')).toHaveText('Open', { timeout: 30_000 });

  await page.goto('/overview');
  await expect(page.getByRole('heading', { name: 'Sync health' })).toBeVisible();
  await expect(page.getByText('the identity provider reaches Roster')).toHaveCount(0);
  await expect(page.getByTestId('notice-unknown_token')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Most frequent failure reasons' })).toHaveCount(0);

  await page.goto('/tokens');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Never');

  await page.goto('/audit');
  await expect(page.getByTestId('audit-row').filter({ hasText: 'connection.test' }).first()).toBeVisible();
});
