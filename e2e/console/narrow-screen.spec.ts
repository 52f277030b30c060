import { expect, test } from '../fixtures/console';
import { saveScreenshot } from '../fixtures/screenshot';

test('at 800 px the sidebar folds into a menu and tables scroll instead of being cut off', async ({ ownerPage: page, scim }) => {
  const userName = `narrow.${Date.now().toString(36)}@contoso.example`;
  expect((await scim.post('Users', { data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName } })).status()).toBe(201);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console' })).toBeHidden();

  const table = page.getByRole('table').first();
  await expect(table).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  const scroller = table.locator('xpath=..');
  expect(await scroller.evaluate((element) => getComputedStyle(element).overflowX)).toBe('auto');
  expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await saveScreenshot(page, 'users-800px');

  await page.getByTestId('nav-menu').getByText('Menu').click();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit$/);

  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
});
