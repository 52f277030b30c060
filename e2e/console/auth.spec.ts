import { expect, test } from '../fixtures/console';
import { MANAGER, OWNER, PASSWORD_HASHING } from '../fixtures/accounts';
import { readSetupLink } from '../fixtures/server-log';
import type { Page } from '@playwright/test';

/** Runs first, in the "first-owner" project, while the run's database has no owner. */
const FRESH_DATABASE = { tag: '@fresh-database' };

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const OWNER_ONLY_LINKS = ['Tokens', 'Roles and groups', 'Attributes and claims', 'User configuration', 'Users', 'Groups'];
const SHARED_LINKS = ['Overview', 'Onboarding checklist', 'IdP setup guide', 'Audit log'];

test('fresh database: the printed setup link creates the owner, who is signed in, signs out and signs in again', FRESH_DATABASE, async ({ page }) => {
  // Three deliberately slow password hashes (create, sign in after setup, sign in again).
  test.slow();
  const link = await readSetupLink();

  await page.goto('/overview');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foverview$/);
  await expect(page.getByText('Roster has no owner yet.')).toBeVisible();

  await page.goto(link.pathname);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Repeat the password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create owner account' }).click();

  await expect(page).toHaveURL(/\/overview$/, PASSWORD_HASHING);
  await expect(page.getByRole('heading', { name: `Welcome, ${OWNER.name}` })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(OWNER.email);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foverview$/);

  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/overview$/, PASSWORD_HASHING);
  await expect(page.getByTestId('user-menu')).toContainText(OWNER.name);
});

test('the setup link is refused once the owner exists, on the page and by the API', FRESH_DATABASE, async ({ page, request }) => {
  const link = await readSetupLink();
  const code = link.pathname.split('/').at(-1);

  await page.goto(link.pathname);
  await expect(page.getByRole('heading', { name: 'This setup link cannot be used' })).toBeVisible();
  await expect(page.getByText('Roster already has an owner.')).toBeVisible();

  const response = await request.post('/api/setup', {
    data: { code, name: 'Mallory', email: 'mallory@example.com', password: 'a second owner attempt' },
  });
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toEqual({ code: 'not_found', message: expect.stringContaining('already has an owner') });
});

test('a wrong password is refused with a clear message that does not say whether the account exists', async ({ page }) => {
  test.slow();
  for (const email of [OWNER.email, 'nobody@example.com']) {
    await page.goto('/login');
    await signIn(page, email, 'not the password');
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password' })).toHaveText(
      'Email or password is incorrect. Check both and try again.',
      PASSWORD_HASHING,
    );
    await expect(page).toHaveURL(/\/login$/);
  }
});

test('an anonymous visitor is sent to the login page and brought back after signing in', async ({ page, request }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/settings$/, PASSWORD_HASHING);

  const anonymous = await request.get('/api/console/me');
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe('unauthorized');
});

test('the owner sees every console page in the navigation', async ({ ownerPage }) => {
  await ownerPage.goto('/overview');
  const nav = ownerPage.getByRole('navigation', { name: 'Console' });
  for (const name of [...SHARED_LINKS, ...OWNER_ONLY_LINKS]) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('a success manager sees no owner-only navigation and is refused owner-only pages and APIs', async ({ managerPage }) => {
  await managerPage.goto('/overview');
  await expect(managerPage.getByTestId('user-menu')).toContainText(MANAGER.name);
  const nav = managerPage.getByRole('navigation', { name: 'Console' });
  for (const name of SHARED_LINKS) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  for (const name of OWNER_ONLY_LINKS) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);

  const me = await managerPage.request.get('/api/console/me');
  expect((await me.json()).user).toMatchObject({ email: MANAGER.email, role: 'success_manager' });

  const tokens = await managerPage.request.get('/api/console/tokens');
  expect(tokens.status()).toBe(403);
  expect((await tokens.json()).error).toEqual({ code: 'forbidden', message: expect.stringContaining('Application Owner') });

  const page = await managerPage.goto('/tokens');
  expect(page?.status()).toBe(403);
  await expect(managerPage.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});
