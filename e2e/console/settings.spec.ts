import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

test('the application domain is validated and the tenant URL follows it', async ({ ownerPage: page }) => {
  await page.goto('/settings');
  const domain = page.getByRole('textbox', { name: 'Application domain' });

  await domain.fill('https://acme.example.com');
  await expect(page.getByText('Enter the domain without "https://": for example acme.example.com')).toBeVisible();
  await expect(page.getByTestId('tenant-url')).toHaveText('https://{application_domain}/scim/v2');

  await domain.fill('acme.example.com');
  await expect(page.getByTestId('tenant-url')).toHaveText('https://acme.example.com/scim/v2');
  await page.getByRole('region', { name: 'Application domain and tenant URL' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Application domain saved.')).toBeVisible();

  const refused = await page.request.patch('/api/console/settings', { data: { applicationDomain: 'https://acme.example.com' } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/without "https:\/\/"/);
});

test('with DELETE set to deactivate, a deleted user is deactivated and kept', async ({ ownerPage: page, scim }) => {
  test.slow();
  const userName = `leaver.${Date.now()}@example.com`;

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'User configuration' });
  await section.getByLabel('Deactivate the account and keep its content').check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('User configuration saved.')).toBeVisible();
  await page.reload();
  await expect(section.getByText(/Last saved/)).toBeVisible();
  await expect(section.getByLabel('Deactivate the account and keep its content')).toBeChecked();
  await saveScreenshot(page, 'settings');

  const created = await scim.post('Users', {
    data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, active: true },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  expect((await scim.delete(`Users/${id}`)).status()).toBe(204);

  const deleted = await page.request.get(`/api/console/audit?resourceId=${id}&operation=user.deprovision`);
  expect(deleted.status()).toBe(200);
  expect((await deleted.json()).events).toHaveLength(1);

  // Issue 13: the deprovisioned user is still found in the console, with its status, and its document says so.
  await page.goto('/users');
  await page.getByLabel('Status').selectOption('deprovisioned');
  await page.getByLabel('Search users').fill(userName);
  const row = page.getByTestId('user-row').filter({ hasText: userName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Deprovisioned');
  await page.getByLabel('Status').selectOption('all');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: userName })).toHaveAttribute('href', `/users/${id}`);
  await page.goto(`/users/${id}`);
  await expect(page.getByTestId('scim-document')).toContainText('"active": false');

  const restored = await scim.post('Users', {
    data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, active: true },
  });
  expect(restored.status()).toBe(201);
  // Issue 13: restored, it is the same account: same id, and its console page loads again with the user active.
  expect((await restored.json()).id).toBe(id);
  const restoredAudit = await page.request.get(`/api/console/audit?resourceId=${id}&operation=user.restore`);
  expect((await restoredAudit.json()).events).toHaveLength(1);
  await page.goto(`/users/${id}`);
  await expect(page.getByRole('heading', { name: userName })).toBeVisible();
  await expect(page.getByTestId('scim-document')).toContainText('"active": true');

  await page.goto('/settings');
  await section.getByLabel('Delete the account', { exact: true }).check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('User configuration saved.')).toBeVisible();
});

test('an owner who keeps the defaults can still confirm them with Save @fresh-deployment', async ({ ownerPage: page }) => {
  await page.goto('/settings');
  const save = page.getByRole('region', { name: /User configuration/ }).getByRole('button', { name: 'Save' }).or(page.getByRole('button', { name: 'Save' }).first());
  await expect(page.getByText('Not saved yet: the defaults apply until you save.')).toBeVisible({ timeout: 30_000 });
  await expect(save.first()).toBeEnabled();
  await save.first().click();
  await expect(page.getByText(/^Last saved /)).toBeVisible();
  await page.goto('/onboarding');
  await expect(page.getByTestId('step-user_configuration').getByTestId('step-state')).toHaveText('Done', { timeout: 30_000 });
});
