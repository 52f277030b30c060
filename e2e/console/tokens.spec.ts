import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

const SCIM_JSON = 'application/scim+json';

test('a token is shown once, authenticates SCIM, records its use and stops working when revoked', async ({ ownerPage: page, request }) => {
  test.slow();
  const name = `Entra e2e ${Date.now()}`;
  const listUsers = (secret: string) =>
    request.get('/scim/v2/Users?count=1', { headers: { authorization: `Bearer ${secret}`, accept: SCIM_JSON } });

  await page.goto('/tokens');
  await page.getByRole('button', { name: 'Create token' }).click();
  const createDialog = page.getByRole('dialog', { name: 'Create a SCIM token' });
  await createDialog.getByLabel('Name').fill(name);
  await createDialog.getByLabel('Expires').selectOption('30');
  await createDialog.getByRole('button', { name: 'Create token' }).click();

  const revealDialog = page.getByRole('dialog', { name: `Token "${name}" created` });
  await expect(revealDialog.getByText('It will not be shown again')).toBeVisible();
  const secret = (await revealDialog.getByTestId('token-secret').textContent())?.trim() ?? '';
  expect(secret.length).toBeGreaterThan(20);
  await revealDialog.getByRole('button', { name: 'I have copied the secret' }).click();

  await page.reload();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();
  await expect(row.getByTestId('token-last-used')).toHaveText('Never');
  expect(await page.content()).not.toContain(secret);

  expect((await listUsers(secret)).status()).toBe(200);

  await page.reload();
  await expect(row.getByTestId('token-last-used')).not.toHaveText('Never');
  await expect(row.getByTestId('token-last-used')).toContainText(/\d/);

  // One word for ending a token by hand: Revoke, revoked, Revoked.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke "${name}" now?` });
  // The page shows "Revoked" optimistically, before the server has committed; SCIM is asked once it has.
  const revoked = page.waitForResponse((response) => /\/api\/console\/tokens\/[^/]+\/expire$/.test(response.url()) && response.request().method() === 'POST');
  await confirm.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: `"${name}" has been revoked.` })).toBeVisible();
  await expect(row.getByText('Revoked')).toBeVisible();
  expect((await revoked).status()).toBe(200);
  await expect(page.getByText(/Expire now|has been expired/)).toHaveCount(0);

  const refused = await listUsers(secret);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });

  await page.reload();
  await expect(row.getByText('Revoked')).toBeVisible();
  await saveScreenshot(page, 'tokens');
});

test('an expiry beyond the configured maximum is refused by the API with a clear message', async ({ ownerPage: page }) => {
  const response = await page.request.post('/api/console/tokens', {
    data: { name: 'Too long', expiry: { kind: 'days', days: 5000 } },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe('bad_request');
  expect(body.error.message).toMatch(/at most \d+ days/);
});

test('rotating keeps the old token working beside the new one', async ({ ownerPage: page, request }) => {
  const name = `Okta rotate ${Date.now()}`;
  const created = await page.request.post('/api/console/tokens', { data: { name, expiry: { kind: 'days', days: 30 } } });
  expect(created.status()).toBe(201);
  const { secret: oldSecret } = await created.json();

  await page.goto('/tokens');
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `Rotate ${name}` }).click();
  const rotateDialog = page.getByRole('dialog', { name: `Rotate "${name}"` });
  await rotateDialog.getByLabel('Old token keeps working for').selectOption('7');
  await rotateDialog.getByRole('button', { name: 'Rotate token' }).click();

  const reveal = page.getByRole('dialog', { name: /created$/ });
  const newSecret = (await reveal.getByTestId('token-secret').textContent())?.trim() ?? '';
  await expect(reveal.getByText('keeps working until')).toBeVisible();
  await reveal.getByRole('button', { name: 'I have copied the secret' }).click();

  for (const secret of [oldSecret, newSecret]) {
    const response = await request.get('/scim/v2/Users?count=1', { headers: { authorization: `Bearer ${secret}` } });
    expect(response.status()).toBe(200);
  }
});
