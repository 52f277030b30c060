import fs from 'node:fs';
import { saveScreenshot } from '../fixtures/screenshot';
import { expect, test } from '../fixtures/console';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

test('the audit log is filtered from the URL, shows an entry’s detail and exports the current filter as CSV', async ({
  ownerPage: page,
  scim,
}) => {
  const run = Date.now().toString(36);
  const userName = `audited.${run}@contoso.example`;
  expect((await scim.post('Users', { data: { schemas: [USER], userName } })).status()).toBe(201);
  const duplicate = await scim.post('Users', { data: { schemas: [USER], userName } });
  expect(duplicate.status()).toBe(409);

  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByTestId('activity-chart')).toContainText('Activity per day');
  await expect(page.getByTestId('activity-chart')).toContainText('Console actions');
  await expect(page.getByTestId('activity-chart').getByRole('img')).toHaveAttribute('aria-label', /\d+ requests?, \d+ failed, \d+ console actions?/);

  await page.getByLabel('Time range').selectOption('24h');
  await expect(page.getByTestId('activity-chart')).toContainText('Activity per hour');
  await page.getByLabel('Outcome').selectOption('failure');
  await page.getByLabel('Search', { exact: true }).fill(run);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/outcome=failure/);
  await expect(page).toHaveURL(new RegExp(`text=${run}`));

  const rows = page.getByTestId('audit-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('user.create');
  await expect(rows.first()).toContainText('Failure');

  await page.reload();
  await expect(page.getByLabel('Outcome')).toHaveValue('failure');
  await expect(rows).toHaveCount(1);
  await saveScreenshot(page, 'audit');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const lines = fs.readFileSync(file, 'utf8').trim().split('\r\n');
  expect(lines[0]).toMatch(/^occurred_at,id,operation,outcome,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('failure');
  expect(lines[1]).toContain(userName);

  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/audit\/\d+$/);
  await expect(page.getByText('Request summary')).toBeVisible();
  await expect(page.getByText('POST /scim/v2/Users')).toBeVisible();
  await expect(page.getByText('409', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Error' })).toBeVisible();
  await saveScreenshot(page, 'audit-entry');
});

test('an entry shows the fields a change made, old → new', async ({ ownerPage: page, scim }) => {
  const run = Date.now().toString(36);
  const created = await scim.post('Users', { data: { schemas: [USER], userName: `title.${run}@contoso.example`, title: 'Engineer' } });
  const id = (await created.json()).id;
  const patched = await scim.patch(`Users/${id}`, {
    data: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'title', value: 'Lead' }] },
  });
  expect(patched.status()).toBe(200);

  await page.goto(`/audit?operation=user.update&resourceType=User&resourceId=${id}`);
  await page.getByTestId('audit-row').first().getByRole('link').click();
  const changes = page.getByRole('table', { name: 'Changed fields' });
  await expect(changes.getByRole('row').filter({ hasText: 'title' })).toContainText('Engineer');
  await expect(changes.getByRole('row').filter({ hasText: 'title' })).toContainText('Lead');
});

test('a success manager reads the audit log but no owner pages', async ({ managerPage: page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await page.getByTestId('audit-row').first().getByRole('link').click();
  await expect(page.getByText('Request summary')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Console' });
  for (const name of ['Users', 'Groups', 'Roles and groups']) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
  for (const path of ['/users', '/groups', '/roles']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  }
  for (const path of ['/api/console/users', '/api/console/roles', '/api/console/group-mappings']) {
    expect((await page.request.get(path)).status()).toBe(403);
  }
  expect((await page.request.get('/api/console/audit?limit=1')).status()).toBe(200);
  expect((await page.request.get('/api/console/audit/export?outcome=failure')).status()).toBe(200);
});
