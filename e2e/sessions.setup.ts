import { expect, test as setup } from '@playwright/test';
import { MANAGER, OWNER } from './fixtures/accounts';
import { MANAGER_STATE, OWNER_STATE } from './fixtures/paths';
import { runCli } from './fixtures/run-cli';
import { signInAndSave } from './fixtures/sign-in';

setup('the owner signs in; the session is saved for ownerPage', async ({ page }) => {
  await signInAndSave(page, OWNER, OWNER_STATE);
});

setup('a success manager is created with npm run user:create while the server runs', async ({ page }) => {
  setup.slow();
  const output = await runCli('user:create', [
    '--email', MANAGER.email, '--name', MANAGER.name, '--role', 'success_manager', '--password', MANAGER.password,
  ]);
  expect(output).toContain(`Created success_manager ${MANAGER.email}`);
  await signInAndSave(page, MANAGER, MANAGER_STATE);
});
