import fs from 'node:fs';
import path from 'node:path';
import { expect, test as setup, type Page } from '@playwright/test';
import { MANAGER, OWNER, PASSWORD_HASHING } from './fixtures/accounts';
import { MANAGER_STATE, OWNER_STATE, SCIM_TOKEN_FILE } from './fixtures/paths';
import { runCli } from './fixtures/run-cli';

async function signIn(page: Page, account: { email: string; password: string }, statePath: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/overview$/, PASSWORD_HASHING);
  fs.mkdirSync(path.dirname(statePath), { recursive: true });
  await page.context().storageState({ path: statePath });
}

setup('the owner signs in; the session is saved for ownerPage', async ({ page }) => {
  await signIn(page, OWNER, OWNER_STATE);
});

setup('a success manager is created with npm run user:create while the server runs', async ({ page }) => {
  const output = await runCli('user:create', [
    '--email', MANAGER.email, '--name', MANAGER.name, '--role', 'success_manager', '--password', MANAGER.password,
  ]);
  expect(output).toContain(`Created success_manager ${MANAGER.email}`);
  await signIn(page, MANAGER, MANAGER_STATE);
});

setup('a SCIM token is created with npm run token:create', async () => {
  const output = await runCli('token:create', ['--name', 'e2e', '--expires-in', '1d']);
  const secret = output.trim().split('\n').at(-1)?.trim() ?? '';
  expect(secret.length).toBeGreaterThan(20);
  fs.mkdirSync(path.dirname(SCIM_TOKEN_FILE), { recursive: true });
  fs.writeFileSync(SCIM_TOKEN_FILE, secret, { mode: 0o600 });
});
