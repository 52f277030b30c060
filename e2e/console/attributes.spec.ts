import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

test('a registered list field collects option values from SCIM, matching case-insensitively', async ({
  ownerPage: page,
  scim,
}) => {
  // Two SCIM provisions, a registration and several reloads: a long journey on a busy two-core machine.
  test.slow();
  const run = Date.now().toString(36);
  const machineName = `cost_center_${run}`;
  const label = `Cost Center ${run}`;
  const value = `Research ${run}`;

  const provision = (userName: string, costCenter: string) =>
    scim.post('Users', {
      data: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
        userName,
        name: { givenName: 'Ada', familyName: 'Lovelace' },
        [ENTERPRISE]: { costCenter },
      },
    });

  await page.goto('/attributes');
  await expect(page.getByTestId('field-row-user_region')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Delete Region' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Register field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register an application field' });
  await dialog.getByLabel('Label').fill(label);
  await dialog.getByLabel('Machine name').fill('cost-center');
  await dialog.getByRole('button', { name: 'Register field' }).click();
  await expect(dialog.getByText('Use lowercase letters, digits and underscores only')).toBeVisible();

  await dialog.getByLabel('Machine name').fill(machineName);
  await dialog.getByLabel('Type').selectOption('list');
  await dialog.getByLabel('SCIM source path').fill(`${ENTERPRISE}:costCenter`);
  await dialog.getByRole('button', { name: 'Register field' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`field-row-${machineName}`);
  await expect(row).toContainText(`${ENTERPRISE}:costCenter`);

  expect((await provision(`ada.${run}@example.com`, value)).status()).toBe(201);
  expect((await provision(`grace.${run}@example.com`, value.toUpperCase())).status()).toBe(201);

  await page.reload();
  await row.getByRole('button', { name: `Options of ${label}` }).click();
  const options = page.getByRole('dialog', { name: `Options of “${label}”` });
  const optionRows = options.getByRole('row').filter({ hasText: run });
  await expect(optionRows).toHaveCount(1);
  await expect(optionRows).toContainText(value);
  await expect(optionRows).toContainText('Added by IdP');
  await page.keyboard.press('Escape');

  const csv = await page.request.get('/api/console/fields/export');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
  expect(await csv.text()).toContain(machineName);

  await page.reload();
  await expect(row).toBeVisible();
  await saveScreenshot(page, 'attributes');
});

test('the fields API refuses a bad machine name and deleting a built-in field', async ({ ownerPage: page }) => {
  const bad = await page.request.post('/api/console/fields', {
    data: { machineName: 'Bad Name', label: 'Bad', type: 'text', scimPath: 'title' },
  });
  expect(bad.status()).toBe(400);
  const { error } = await bad.json();
  // A sentence for a person; the input it concerns travels beside it.
  expect(error.field).toBe('machineName');
  expect(error.message).toMatch(/^[A-Z].*\.$/);
  expect(error.message).not.toMatch(/machineName/);

  const { fields } = await (await page.request.get('/api/console/fields')).json();
  const builtin = fields.find((field: { machineName: string }) => field.machineName === 'email');
  const refused = await page.request.delete(`/api/console/fields/${builtin.id}`);
  expect([400, 409]).toContain(refused.status());
});

test('registering fills the machine name from the label, warns on a SCIM path already read, and a delete waits for the server', async ({
  ownerPage: page,
}) => {
  const run = Date.now().toString(36);
  await page.goto('/attributes');
  await expect(page.getByTestId('field-row-user_region')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Register field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register an application field' });
  await dialog.getByLabel('Label').fill(`Cost Center ${run}`);
  await expect(dialog.getByLabel('Machine name')).toHaveValue(`cost_center_${run}`);
  await dialog.getByLabel('SCIM source path').fill('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department');
  await expect(dialog.getByTestId('same-scim-path')).toContainText('already reads this SCIM path');
  await saveScreenshot(page, 'attributes-register');
  await dialog.getByLabel('SCIM source path').fill('');
  await expect(dialog.getByTestId('same-scim-path')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Register field' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId(`field-row-cost_center_${run}`);
  await expect(row).toBeVisible();
  // The DELETE is held until released; released before it reached the route, it would hang (and the test with it).
  let hold!: (release: () => void) => void;
  const held = new Promise<() => void>((resolve) => (hold = resolve));
  await page.route('**/api/console/fields/*', async (route) => {
    if (route.request().method() !== 'DELETE') return route.fallback();
    await new Promise<void>((resolve) => hold(resolve));
    await route.fallback();
  });
  await row.getByRole('button', { name: /^Delete / }).click();
  await page.getByRole('dialog', { name: /^Delete “Cost Center/ }).getByRole('button', { name: 'Delete field' }).click();
  const release = await held;
  await expect(row).toBeVisible();
  release();
  await expect(row).toHaveCount(0);
});
